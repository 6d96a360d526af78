// Cloudflare-challenged answers, with and without FlareSolverr, on the built server: a result page behind a
// challenge yields its magnets through the solver (its cookies kept for the next request to that host), and
// is reported as a challenge without one; an index behind a challenge likewise. FlareSolverr itself is a
// loopback stand-in of its documented API (stand-ins.ts), as it cannot be installed here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import {
	startChallengedSite,
	startFlareSolverr,
	type ChallengedSite,
	type FlareSolverr
} from './stand-ins.ts';

const PAGE_HASH = 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7';
const FEED_HASH = '1286047be86268a63b9f76c7e536e036b1d03b2c';
const API_HASH = '5e0f1e8b7c3a4d2e9f6a1b0c8d7e6f5a4b3c2d1e';
// An apibay q.php row (its fields as apibay.test.ts reads them); the name holds what Chrome escapes.
const API_ROWS = JSON.stringify([
	{
		id: '1',
		name: 'Challenged <Film> & Co 2024 1080p WEB-DL',
		info_hash: API_HASH.toUpperCase(),
		leechers: '2',
		seeders: '30',
		num_files: '1',
		size: '1500000000',
		username: 'up',
		added: '1723723612',
		status: 'vip',
		category: '207',
		imdb: ''
	}
]);
// A Nyaa feed item with the fields the nyaa engine reads (written here, modelled on nyaa.si's RSS).
const FEED =
	'<?xml version="1.0" encoding="utf-8"?><rss xmlns:nyaa="https://nyaa.si/xmlns/nyaa" version="2.0"><channel>' +
	'<title>Nyaa</title><item><title>[Group] Challenged Show - 01 (1080p).mkv</title>' +
	'<guid isPermaLink="true">https://nyaa.si/view/1</guid><pubDate>Sat, 15 Aug 2026 11:46:52 -0000</pubDate>' +
	`<nyaa:seeders>12</nyaa:seeders><nyaa:leechers>3</nyaa:leechers><nyaa:infoHash>${FEED_HASH}</nyaa:infoHash>` +
	'<nyaa:size>1.4 GiB</nyaa:size></item></channel></rss>';

let web: FakeWeb;
let site: ChallengedSite;
let solver: FlareSolverr;
let plain: App;
let solving: App;

type Event = { type: string; [key: string]: unknown };

async function stream(app: App, query: string): Promise<Event[]> {
	const response = await fetch(`${app.url}/api/search/stream?${query}`);
	return (await response.text())
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line));
}

const pageEvents = (events: Event[]) => events.filter((event) => event.type === 'page');
const engineEvent = (events: Event[], id: string) => events.find((e) => e.type === 'engine' && e.id === id);
const hashes = (events: Event[]) => new Set(events.filter((e) => e.type === 'result').map((e) => e.infohash));

beforeAll(async () => {
	site = await startChallengedSite();
	site.pages.set('/post/1', {
		type: 'text/html',
		body: `<html><body><a href="magnet:?xt=urn:btih:${PAGE_HASH}&amp;dn=Behind+the+challenge">magnet</a></body></html>`
	});
	site.pages.set('/nyaa/', { type: 'application/rss+xml', body: FEED });
	site.pages.set('/apibay/q.php', { type: 'application/json', body: API_ROWS });
	solver = await startFlareSolverr();
	web = await startFakeWeb({
		'/searxng/search': {
			headers: { 'content-type': 'application/json' },
			body: () => JSON.stringify({ results: [{ url: `${site.url}/post/1`, title: 'Behind the challenge' }] })
		}
	});
	const env = {
		SEARXNG_URL: `${web.url}/searxng`,
		NYAA_URL: `${site.url}/nyaa`,
		APIBAY_URL: `${site.url}/apibay`,
		ENGINES: 'searxng',
		EGRESS_ALLOWLIST: '127.0.0.1',
		CACHE_TTL_SECONDS: '0',
		SEARCH_TIMEOUT_MS: '8000'
	};
	[plain, solving] = await Promise.all([startApp(env), startApp({ ...env, FLARESOLVERR_URL: solver.url })]);
});

afterAll(async () => {
	await Promise.all([plain?.stop(), solving?.stop()]);
	await Promise.all([web?.close(), site?.close(), solver?.close()]);
});

describe('without FLARESOLVERR_URL', () => {
	it('reports a challenged page as a challenge, never as a page without magnets', async () => {
		const events = await stream(plain, 'q=challenged');
		expect(pageEvents(events)).toEqual([
			{
				type: 'page',
				url: `${site.url}/post/1`,
				engine: 'searxng',
				magnets: 0,
				error: 'cloudflare challenge'
			}
		]);
		expect(events.at(-1)?.type).toBe('done');
	});

	it('reports a challenged index as blocked by a cloudflare challenge', async () => {
		const events = await stream(plain, 'q=challenged&engines=nyaa');
		expect(engineEvent(events, 'nyaa')).toMatchObject({ status: 'blocked', error: 'cloudflare challenge' });
	});
});

describe('with FLARESOLVERR_URL', () => {
	it("reads a challenged page's magnets from the solver's HTML, and hands its cookies back next time", async () => {
		site.requests.length = 0;
		const first = await stream(solving, 'q=challenged');
		expect(pageEvents(first)).toEqual([
			{ type: 'page', url: `${site.url}/post/1`, engine: 'searxng', magnets: 1, error: null }
		]);
		expect(hashes(first)).toContain(PAGE_HASH);
		expect(solver.calls.at(-1)).toMatchObject({ cmd: 'request.get', url: `${site.url}/post/1` });
		expect(solver.calls.at(-1)?.maxTimeout).toBeGreaterThan(0);
		// Our own request was challenged; the solver passed the challenge form once.
		expect(site.requests.filter((r) => r.path === '/cdn-cgi/verify?__cf_chl_tk=abc')).toHaveLength(1);

		site.requests.length = 0;
		const second = await stream(solving, 'q=challenged');
		expect(hashes(second)).toContain(PAGE_HASH);
		expect(solver.calls.at(-1)?.cookies?.map((cookie) => cookie.name)).toEqual(['cf_clearance']);
		// With the kept clearance the solver had no challenge left to pass.
		expect(site.requests.some((r) => r.path.startsWith('/cdn-cgi/verify'))).toBe(false);
	});

	it('reads a challenged index through the solver', async () => {
		const events = await stream(solving, 'q=challenged&engines=nyaa');
		expect(engineEvent(events, 'nyaa')).toMatchObject({ status: 'ok', error: null });
		expect(hashes(events)).toContain(FEED_HASH);
	});

	it('reads a challenged JSON index from the page the solver’s browser made of it', async () => {
		const events = await stream(solving, 'q=challenged&engines=apibay');
		expect(engineEvent(events, 'apibay')).toMatchObject({ status: 'ok', error: null });
		const result = events.find((event) => event.type === 'result' && event.infohash === API_HASH);
		expect(result).toMatchObject({ name: 'Challenged <Film> & Co 2024 1080p WEB-DL', seeders: 30 });
	});

	it("says a page is still challenged when the solver fails, with the solver's reason", async () => {
		site.unsolvable = true;
		try {
			const events = await stream(solving, 'q=challenged');
			const [page] = pageEvents(events);
			expect(page).toMatchObject({ magnets: 0 });
			expect(page?.error).toMatch(
				/^cloudflare challenge: not solved: Error: Error solving the challenge\. Timeout after/
			);
			expect(events.at(-1)?.type).toBe('done');
			const engine = engineEvent(await stream(solving, 'q=again&engines=nyaa'), 'nyaa');
			expect(engine).toMatchObject({ status: 'blocked' });
			expect(engine?.error).toMatch(/^cloudflare challenge: not solved: /);
		} finally {
			site.unsolvable = false;
		}
	});
});

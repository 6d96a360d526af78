// The search core end to end: the built server, engines and sites played by the fake web.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankResults } from '#lib/ranking.ts';
import type { SearchEvent, SearchSummary } from '#lib/search-events.ts';
import { startApp, type App } from './app-server.ts';
import { hasFixtures, startFakeWeb, type FakeWeb } from './fake-web/fake-web.ts';
import { bingSerp, duckduckgoSerp, DUCKDUCKGO_ANOMALY } from './fake-web/serp.ts';

const SITE_TIMEOUT_MS = 1000;
let web: FakeWeb;
let app: App;

async function getJson(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
	const response = await fetch(app.url + path);
	return { status: response.status, body: await response.json() };
}

async function streamEvents(path: string): Promise<{ events: SearchEvent[]; type: string | null }> {
	const response = await fetch(app.url + path);
	const events: SearchEvent[] = [];
	let buffer = '';
	for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
		buffer += Buffer.from(chunk).toString();
		let newline: number;
		while ((newline = buffer.indexOf('\n')) >= 0) {
			events.push(JSON.parse(buffer.slice(0, newline)));
			buffer = buffer.slice(newline + 1);
		}
	}
	return { events, type: response.headers.get('content-type') };
}

describe.skipIf(!hasFixtures)('search API on the fake web', () => {
	beforeAll(async () => {
		web = await startFakeWeb();
		const site = (name: string) => `${web.url}/site/${name}`;
		const links = [site('x1337'), site('limetorrents'), 'https://www.youtube.com/watch?v=1', site('hang')];
		web.route('/ddg/html', { body: duckduckgoSerp(links), delayMs: 100 });
		web.route('/bing/search', { body: bingSerp([site('eztv'), site('x1337')]), delayMs: 300 });
		web.route('/apibay/q.php', { fixture: 'apis/apibay-search.json', delayMs: 50 });
		web.route('/site/x1337', { fixture: 'sites/x1337-detail.html', delayMs: 50 });
		web.route('/site/limetorrents', { fixture: 'sites/limetorrents-detail.html' });
		web.route('/site/eztv', { fixture: 'sites/eztv-detail.html', delayMs: 200 });
		web.route('/site/hang', { body: '<html>'.repeat(100), hang: true });
		web.route('/blocked-ddg/html', { status: 202, body: DUCKDUCKGO_ANOMALY });
		app = await startApp({
			DUCKDUCKGO_URL: `${web.url}/ddg`,
			BING_URL: `${web.url}/bing`,
			APIBAY_URL: `${web.url}/apibay`,
			ENGINES: 'duckduckgo,bing,apibay',
			EGRESS_ALLOWLIST: '127.0.0.1',
			SITE_TIMEOUT_MS: String(SITE_TIMEOUT_MS),
			// Far beyond any test's own budget: a search that ends did so because each site's budget ended
			// its page, never because the search gave up.
			SEARCH_TIMEOUT_MS: '120000',
			CACHE_TTL_SECONDS: '60'
		});
	});
	afterAll(async () => {
		await app?.stop();
		await web?.close();
	});

	it('finds, merges and ranks magnets from engines and pages, ending despite a hanging site', async () => {
		// It answers at all only because the site budget ends the hanging page (the search's own deadline is
		// beyond this test's): how soon is measured by `npm run bench`.
		const { status, body } = await getJson('/api/search?q=silo');
		expect(status).toBe(200);
		const summary = body as unknown as SearchSummary;
		expect(summary.query).toBe('silo');
		expect(summary.engines.map((engine) => [engine.id, engine.status]).sort()).toEqual([
			['apibay', 'ok'],
			['bing', 'ok'],
			['duckduckgo', 'ok']
		]);
		const hashes = summary.results.map((result) => result.infohash);
		expect(hashes).toContain('00784af82a96d3b9600aed78bcb2b4b3d40932f3'); // the 1337x page
		expect(hashes).toContain('fed03cc5627432777f0f6b6a0d62e96d0549e543'); // the EZTV page
		// apibay and the LimeTorrents page list the same torrent: one result, both sources, apibay's peers.
		const silo = summary.results.find(
			(result) => result.infohash === '92d8a3f6864911ef292b4be0dd5286406396d2b3'
		);
		expect(silo?.seeders).toBe(4024);
		expect(silo?.sources).toEqual(
			expect.arrayContaining([
				{ engine: 'apibay', page: expect.stringContaining('id=84037747') },
				{ engine: 'duckduckgo', page: `${web.url}/site/limetorrents` }
			])
		);
		// in the one ranking (resolution first, then seeders): the 2160p release before the best-seeded 1080p
		expect(summary.results.map((result) => result.infohash)).toEqual(
			rankResults('silo', [...summary.results].reverse()).map((result) => result.infohash)
		);
		expect(summary.results[0]?.release?.resolution).toBe('2160p');
		// Each page once although two engines listed /site/x1337; ignored domains never fetched.
		const pageRequests = web.requests.filter((path) => path.startsWith('/site/'));
		expect(pageRequests.sort()).toEqual(['/site/eztv', '/site/hang', '/site/limetorrents', '/site/x1337']);
	});

	it('answers a repeated search from memory without asking anyone again', async () => {
		await getJson('/api/search?q=cache+me');
		const asked = web.requests.length;
		const { body } = await getJson('/api/search?q=Cache%20%20Me');
		expect(web.requests.length).toBe(asked);
		expect((body as unknown as SearchSummary).results.length).toBeGreaterThan(0);
	});

	it('carries what each name says as its release, in JSON and in every NDJSON result', async () => {
		const { body } = await getJson('/api/search?q=release+fields');
		const results = (body as unknown as SearchSummary).results;
		const silo = results.find((result) => result.name === 'Silo S03E06 1080p WEB H264-CAKES');
		expect(silo?.release).toMatchObject({
			title: 'Silo',
			seasons: [3],
			episodes: [6],
			resolution: '1080p',
			source: 'WEB-DL',
			codec: 'x264',
			group: 'CAKES'
		});
		const { events } = await streamEvents('/api/search/stream?q=release+stream');
		const streamed = events.filter((event) => event.type === 'result');
		expect(streamed.length).toBeGreaterThan(0);
		for (const event of streamed)
			expect(event.release === null || typeof event.release === 'object').toBe(true);
		expect(streamed.filter((event) => event.release !== null).length).toBeGreaterThan(0);
	});

	it('streams NDJSON events as they happen: the first result long before the search is done', async () => {
		const { events, type } = await streamEvents('/api/search/stream?q=stream+test');
		expect(type).toContain('application/x-ndjson');
		const firstResult = events.findIndex((event) => event.type === 'result');
		expect(firstResult).toBeGreaterThanOrEqual(0);
		expect(events.at(-1)?.type).toBe('done');
		// The hanging site holds "done" back, not results: they came out before its page gave up.
		const hangPage = events.findIndex((event) => event.type === 'page' && event.url.endsWith('/site/hang'));
		expect(firstResult).toBeLessThan(hangPage);
		expect(events[hangPage]).toMatchObject({ magnets: 0, error: expect.stringMatching(/timed out/) });
		const engineEvents = events.filter((event) => event.type === 'engine');
		expect(engineEvents).toHaveLength(3);
		expect(events.filter((event) => event.type === 'page').length).toBe(4);
	});

	it('stops fetching when the client of a stream goes away', async () => {
		web.route('/site/slow', { fixture: 'sites/eztv-detail.html', delayMs: 5000 });
		web.route('/slow-ddg/html', { body: duckduckgoSerp([`${web.url}/site/slow`]) });
		const abandoning = await startApp({
			DUCKDUCKGO_URL: `${web.url}/slow-ddg`,
			ENGINES: 'duckduckgo',
			EGRESS_ALLOWLIST: '127.0.0.1',
			SITE_TIMEOUT_MS: '8000'
		});
		try {
			const controller = new AbortController();
			const response = await fetch(`${abandoning.url}/api/search/stream?q=gone`, {
				signal: controller.signal
			});
			const reader = (response.body as ReadableStream<Uint8Array>).getReader();
			await reader.read(); // the engine event
			while (!web.requests.includes('/site/slow')) await new Promise((resolve) => setTimeout(resolve, 20));
			controller.abort();
			const started = performance.now();
			while (!web.abandoned.includes('/site/slow') && performance.now() - started < 2000) {
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			expect(web.abandoned).toContain('/site/slow');
		} finally {
			await abandoning.stop();
		}
	});

	it('reports a captcha as blocked with its reason, then suspends the engine', async () => {
		const blocked = await startApp({
			DUCKDUCKGO_URL: `${web.url}/blocked-ddg`,
			ENGINES: 'duckduckgo',
			CACHE_TTL_SECONDS: '0'
		});
		try {
			const first = (await (await fetch(`${blocked.url}/api/search?q=ubuntu`)).json()) as SearchSummary;
			expect(first.engines[0]).toMatchObject({ id: 'duckduckgo', status: 'blocked' });
			expect(first.engines[0]?.error).toMatch(/captcha|anomaly|bot/i);
			// Blocked this time: the engine was asked, so its report names no suspension.
			expect(first.engines[0]).not.toHaveProperty('suspendedUntil');
			const asked = web.requests.filter((path) => path.startsWith('/blocked-ddg')).length;
			const second = (await (await fetch(`${blocked.url}/api/search?q=ubuntu`)).json()) as SearchSummary;
			expect(second.engines[0]?.error).toMatch(/suspended/);
			// Skipped: the report says until when, for the page to show it as paused.
			expect(Date.parse(second.engines[0]?.suspendedUntil ?? '')).toBeGreaterThan(Date.now());
			expect(web.requests.filter((path) => path.startsWith('/blocked-ddg')).length).toBe(asked);
			const engines = (await (await fetch(`${blocked.url}/api/engines`)).json()) as {
				id: string;
				suspendedUntil: string | null;
			}[];
			expect(engines.find((engine) => engine.id === 'duckduckgo')?.suspendedUntil).toMatch(/^\d{4}-/);
		} finally {
			await blocked.stop();
		}
	});

	it.each([
		['', /q is required/],
		['?q=', /q is required/],
		[`?q=${'a'.repeat(201)}`, /at most 200 characters/],
		['?q=a&q=b', /q must be given once/],
		['?q=a&engines=altavista', /unknown engine altavista/],
		['?q=a&engines=searxng', /not configured/],
		['?q=a&engines=,', /at least one engine/]
	])('answers 400 with a clear message for %s', async (query, message) => {
		for (const path of ['/api/search', '/api/search/stream']) {
			const { status, body } = await getJson(path + query);
			expect(status).toBe(400);
			expect(body.error).toMatch(message);
		}
	});

	it('lists every engine with its kind, default and URL', async () => {
		const { body } = await getJson('/api/engines');
		const engines = body as unknown as { id: string; kind: string; enabled: boolean; url: string }[];
		expect(engines.find((engine) => engine.id === 'bing')).toMatchObject({
			kind: 'web',
			enabled: true,
			url: `${web.url}/bing`
		});
		expect(engines.find((engine) => engine.id === 'nyaa')).toMatchObject({ kind: 'index', enabled: false });
		expect(engines.some((engine) => engine.id === 'searxng')).toBe(false);
	});
});

// Hostile content end to end on the built server: a bomb, a redirect loop, a lying Content-Length and
// pages of magnets end in capped, cut answers with memory bounded, and a name
// that is markup comes out as text in every face (JSON, NDJSON, Torznab XML, the written HTML page).
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageEvent, SearchSummary } from '#lib/search-events.ts';
import { startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import {
	DENSE_MAGNETS,
	IMG_HASH,
	IMG_NAME,
	PER_PAGE_CAP,
	SCRIPT_HASH,
	SCRIPT_NAME,
	hostileEnv,
	hostileRoutes
} from './hostile-web.ts';
import { streamSearch } from './search-stream.ts';

let web: FakeWeb;
let app: App;

function rssMiB(pid: number): number {
	return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024;
}

describe('hostile content end to end', () => {
	beforeAll(async () => {
		web = await startFakeWeb();
		for (const [path, route] of Object.entries(await hostileRoutes(web.url))) web.route(path, route);
		app = await startApp(hostileEnv(web.url));
	}, 60_000);
	afterAll(async () => {
		await app?.stop();
		await web?.close();
	});

	it('finishes with each attack cut and the magnets capped per page', { timeout: 60_000 }, async () => {
		const pid = app.process.pid as number;
		const idle = rssMiB(pid);
		let peak = idle;
		const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 50);
		const search = await streamSearch(app.url, 'hostile').finally(() => clearInterval(sampler));

		expect(search.status).toBe(200);
		expect(search.events.at(-1)?.type).toBe('done');
		const pages = Object.fromEntries(
			search.events
				.filter((event): event is PageEvent => event.type === 'page')
				.map((page) => [new URL(page.url).pathname, page])
		);
		// Pages past the size cap are read up to it: the bomb's magnet before its padding counts, the page
		// of 100 000 magnets gives as many as one page may; a body that never ends is cut by its budget.
		expect(pages['/site/bomb']).toMatchObject({ error: null, magnets: 1 });
		expect(pages['/site/loop']?.error).toMatch(/too many redirects/);
		expect(pages['/site/huge']?.error).toMatch(/timed out/);
		expect(pages['/site/many']).toMatchObject({ error: null, magnets: PER_PAGE_CAP });
		expect(pages['/site/dense']).toMatchObject({ error: null, magnets: PER_PAGE_CAP });
		expect(pages['/site/xss']).toMatchObject({ error: null, magnets: 2 });
		const results = new Set(
			search.events.flatMap((event) => (event.type === 'result' ? [event.infohash] : []))
		);
		expect(results.size).toBe(2 * PER_PAGE_CAP + 2 + 1);
		expect(DENSE_MAGNETS).toBeGreaterThan(PER_PAGE_CAP);
		// The loop was followed only as far as the redirect limit.
		expect(web.requests.filter((path) => path === '/site/loop').length).toBeLessThanOrEqual(6);
		// Half a gigabyte of bomb and a 1 GB promise cost the server little.
		expect(peak - idle, `RSS ${idle.toFixed(0)} MiB idle, peak ${peak.toFixed(0)} MiB`).toBeLessThan(160);
	});

	it('gives markup names as JSON strings', async () => {
		const summary = (await (await fetch(`${app.url}/api/search?q=hostile+json`)).json()) as SearchSummary;
		const byHash = new Map(summary.results.map((result) => [result.infohash, result]));
		expect(byHash.get(SCRIPT_HASH)?.name).toBe(SCRIPT_NAME);
		expect(byHash.get(IMG_HASH)?.name).toBe(IMG_NAME);
		// A tracker that tries to close an attribute is not a tracker.
		expect(byHash.get(IMG_HASH)?.trackers).toEqual([]);
	});

	it('escapes markup names in Torznab XML', async () => {
		const response = await fetch(`${app.url}/torznab/api?t=search&q=script+alert+torznab`);
		const xml = await response.text();
		expect(response.status).toBe(200);
		expect(xml).not.toContain('<script>');
		expect(xml).not.toContain('<img');
		const feed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml) as {
			rss: { channel: { item: { title: string }[] } };
		};
		// Ranked by how well names match the query: the two markup names come first among 2000 unnamed.
		const titles = feed.rss.channel.item.map((item) => String(item.title));
		expect(titles).toContain(SCRIPT_NAME);
		expect(titles).toContain(IMG_NAME);
	});

	it('escapes markup names in the page written for browsers without JavaScript', async () => {
		const response = await fetch(`${app.url}/search/basic?q=script+alert+basic`);
		const html = await response.text();
		expect(response.status).toBe(200);
		expect(html).not.toContain(SCRIPT_NAME);
		expect(html).not.toContain('<img src=x');
		// Text content needs only `<` and `&` escaped; Svelte leaves `>` as it is.
		expect(html).toMatch(/(?:&lt;|&#60;)script(?:>|&gt;|&#62;)alert\(1\)(?:&lt;|&#60;)\/script/);
		expect(response.headers.get('content-security-policy')).toMatch(/script-src 'none'/);
	});
});

// The search core's schedule over real HTTP on loopback: which pages start, in what order, and when the
// search ends. Asserted by the order of events and their outcome, never by time.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { config, engineUrls } from '#tests/loopback-config.ts';
import { duckduckgoSerp } from '#tests/fake-web/serp.ts';
import type { PageEvent, SearchEvent } from '#lib/search-events.ts';
import { closeEgress } from '#lib/server/egress/index.ts';
import { search } from './search.ts';

vi.mock('#lib/server/config.ts', () => import('#tests/loopback-config.ts'));
config.defaultEngines = ['duckduckgo', 'bing'];
config.siteTimeoutMs = 600;

const hash = (n: number) => n.toString(16).padStart(40, '0');
let busy: FakeWeb;
let free: FakeWeb;

beforeAll(async () => {
	busy = await startFakeWeb();
	free = await startFakeWeb();
	engineUrls.duckduckgo = `${busy.url}/ddg`;
	engineUrls.bing = `${busy.url}/bing`;
});
afterAll(async () => {
	await closeEgress();
	await Promise.all([busy.close(), free.close()]);
});

async function events(query: string): Promise<SearchEvent[]> {
	const seen: SearchEvent[] = [];
	for await (const event of search(query, { engines: ['duckduckgo'] })) seen.push(event);
	return seen;
}

const pageOf = (seen: SearchEvent[], url: string) =>
	seen.find((event): event is PageEvent => event.type === 'page' && event.url === url);

describe('search schedule', () => {
	it("fetches a free host's page while a busy host's pages wait, and starts none that could no longer finish", async () => {
		const hanging = Array.from({ length: 12 }, (_, n) => `${busy.url}/hang/${n}`);
		for (const url of hanging) busy.route(new URL(url).pathname, { body: '<html>'.repeat(20), hang: true });
		const elsewhere = `${free.url}/post`;
		free.route('/post', { body: `<a href="magnet:?xt=urn:btih:${hash(1)}&dn=one">one</a>` });
		busy.route('/ddg/html', { body: duckduckgoSerp([...hanging, elsewhere]) });

		const seen = await events('schedule');
		const pages = seen.filter((event): event is PageEvent => event.type === 'page');
		// The page on the free host is listed last yet answers before any hanging page gives up.
		expect(pages[0]).toMatchObject({ url: elsewhere, magnets: 1, error: null });
		expect(seen.findIndex((event) => event.type === 'result')).toBeLessThan(seen.indexOf(pages[1]!));
		// Four connections to the busy host: four pages asked; the others never started.
		const asked = busy.requests.filter((path) => path.startsWith('/hang/'));
		expect(asked).toHaveLength(4);
		const started = hanging.filter((url) => asked.includes(new URL(url).pathname));
		const notStarted = hanging.filter((url) => !started.includes(url));
		for (const url of started) expect(pageOf(seen, url)?.error).toMatch(/timed out/);
		for (const url of notStarted) expect(pageOf(seen, url)?.error).toMatch(/no time left/);
		// They were let go when a connection came free too late for them: after a hanging page gave up.
		const firstEnded = Math.min(...started.map((url) => seen.indexOf(pageOf(seen, url)!)));
		const firstNotStarted = Math.min(...notStarted.map((url) => seen.indexOf(pageOf(seen, url)!)));
		expect(firstNotStarted).toBeGreaterThan(firstEnded);
		// And the search ends then, with nothing left that could finish: not at its deadline.
		expect(seen.at(-1)?.type).toBe('done');
		expect(seen.filter((event) => event.type === 'engine')).toEqual([
			expect.objectContaining({ id: 'duckduckgo', status: 'ok' })
		]);
	});

	it('ends one site budget after the last engine, with a page that never ends', async () => {
		busy.route('/never', { body: '<html>'.repeat(20), hang: true });
		busy.route('/ddg/html', { body: duckduckgoSerp([`${busy.url}/never`]) });
		const seen = await events('hanging');
		expect(seen.map((event) => event.type)).toEqual(['engine', 'page', 'done']);
		expect(pageOf(seen, `${busy.url}/never`)?.error).toMatch(/timed out/);
	});

	it('starts every listed page at once across hosts: slow pages on many sites never hold back a fast one', async () => {
		// More slow sites than any fixed number of page slots a search once had (12), each its own host.
		const slowSites = await Promise.all(Array.from({ length: 16 }, () => startFakeWeb()));
		try {
			const slow = slowSites.map((site) => `${site.url}/slow`);
			for (const site of slowSites) site.route('/slow', { body: '<html>'.repeat(20), hang: true });
			free.route('/last', { body: `<a href="magnet:?xt=urn:btih:${hash(2)}&dn=two">two</a>` });
			busy.route('/ddg/html', { body: duckduckgoSerp([...slow, `${free.url}/last`]) });

			const seen = await events('wide');
			const pages = seen.filter((event): event is PageEvent => event.type === 'page');
			// Listed last, behind sixteen pages that never end, and still the first to answer.
			expect(pages[0]).toMatchObject({ url: `${free.url}/last`, magnets: 1, error: null });
			// Every slow page was asked, and each ran out its own budget: none was left unstarted.
			for (const site of slowSites) expect(site.requests).toEqual(['/slow']);
			for (const url of slow) expect(pageOf(seen, url)?.error).toMatch(/timed out/);
		} finally {
			await Promise.all(slowSites.map((site) => site.close()));
		}
	});

	it('answers a second ask for a running search from that search: its engine is asked once', async () => {
		let answer!: () => void;
		const answered = new Promise<void>((resolve) => (answer = resolve));
		free.route('/joined', { body: `<a href="magnet:?xt=urn:btih:${hash(7)}&dn=joined">joined</a>` });
		busy.route('/ddg/html', { body: duckduckgoSerp([`${free.url}/joined`]), hold: () => answered });
		const asked = () => busy.requests.filter((path) => path.startsWith('/ddg/html')).length;
		const before = asked();

		const first = events('asked twice');
		while (asked() === before) await new Promise((resolve) => setImmediate(resolve));
		// The same words in other case and spacing: the same search.
		const second = events('Asked  twice');
		answer();
		const [firstEvents, secondEvents] = await Promise.all([first, second]);

		expect(asked()).toBe(before + 1);
		expect(secondEvents).toEqual(firstEvents);
		expect(firstEvents).toContainEqual(expect.objectContaining({ type: 'result', infohash: hash(7) }));
		// Once it has ended, the next ask is a search of its own (the store is off here).
		await events('asked twice');
		expect(asked()).toBe(before + 2);
	});
});

// The search core meets a bug: an engine's parser or a page's harvester that throws becomes that engine's
// or page's error, its page slot comes back, and the search goes on to its end.
import { getEventListeners } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EngineId } from '#lib/engine-ids.ts';
import type { SearchEvent } from '#lib/search-events.ts';
import { search } from './search.ts';

const state = vi.hoisted(() => ({ base: '', asked: 0 }));
// More throwing pages than the search fetches at once: a slot kept by a throw would leave the fine page,
// queued last, never fetched, and the search would end only at its deadline.
const BROKEN_PAGES = Array.from({ length: 14 }, (_, i) => `https://pages.example/broken/${i}`);
const FINE_PAGE = 'https://pages.example/fine';
const FINE_INFOHASH = 'c9e15763f722f23e98a29decdfae341b98d53056';

// Both engines are asked at a real server on loopback, through the real egress.
vi.mock('#lib/server/config.ts', async (importOriginal) => ({
	...(await importOriginal<typeof import('#lib/server/config.ts')>()),
	engineUrlOverride: () => state.base
}));

// Bing's parser has a bug; DuckDuckGo's reads the answer as a list of result links.
vi.mock('#lib/server/engines/index.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('#lib/server/engines/index.ts')>();
	return {
		...real,
		getEngine(id: EngineId) {
			const engine = real.getEngine(id);
			if (id === 'bing')
				return {
					...engine,
					parse() {
						throw new TypeError("Cannot read properties of undefined (reading 'href')");
					}
				};
			return { ...engine, parse: () => ({ kind: 'links', links: [...BROKEN_PAGES, FINE_PAGE] }) };
		}
	};
});

// The harvester has a bug on some pages and reads the others.
vi.mock('#lib/server/harvest/harvest-page.ts', () => ({
	async harvestPage(url: string) {
		if (url.includes('/broken/')) throw new RangeError('harvester bug');
		return { ok: true, value: [{ infohash: FINE_INFOHASH, name: 'Fine', page: url }] };
	}
}));

let server: Server;

beforeAll(async () => {
	server = createServer((_request, response) => {
		state.asked++;
		response.end('<html><body>answer</body></html>');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a search meeting a bug', () => {
	it("reports a throwing parser as that engine's error and a throwing harvester as that page's", async () => {
		const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
		const events: SearchEvent[] = [];
		for await (const event of search('bug hunt', { engines: ['bing', 'duckduckgo'] })) events.push(event);
		const lines = logged.mock.calls.map((call) => call.map(String).join(' '));
		logged.mockRestore();

		const engines = events.filter((event) => event.type === 'engine');
		expect(engines.find((event) => event.id === 'bing')).toMatchObject({
			status: 'error',
			error: expect.stringMatching(/^internal error \(request /)
		});
		expect(engines.find((event) => event.id === 'duckduckgo')).toMatchObject({ status: 'ok' });

		// Every page was tried, the fine one last, once the broken ones had given their slots back.
		const pages = events.filter((event) => event.type === 'page');
		expect(pages.map((page) => page.url).sort()).toEqual([...BROKEN_PAGES, FINE_PAGE].sort());
		for (const page of pages.filter((page) => page.url !== FINE_PAGE))
			expect(page.error).toMatch(/^internal error/);
		expect(events).toContainEqual(expect.objectContaining({ type: 'result', infohash: FINE_INFOHASH }));

		// It ended on its own, not at its deadline: no engine was left to time out.
		expect(events.at(-1)?.type).toBe('done');
		expect(engines.map((event) => event.status)).not.toContain('timeout');

		// The operator gets the whole bug in the log; the page's address stays out of it.
		expect(lines).toContainEqual(expect.stringMatching(/search: engine bing threw: TypeError: Cannot read/));
		expect(lines).toContainEqual(expect.stringMatching(/search: a page on pages\.example threw: RangeError/));
		expect(lines.join('\n')).not.toContain('/broken/');
	});

	it('does not keep a search that lost an engine to a bug: asked again, the engines are asked again', async () => {
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
		const query = `truncated ${Date.now()}`;
		const before = state.asked;
		for (let round = 0; round < 2; round++)
			for await (const _ of search(query, { engines: ['bing', 'duckduckgo'] }));
		quiet.mockRestore();
		// Two engines, twice: a cached answer would have asked nobody the second time.
		expect(state.asked - before).toBe(4);
	});
});

describe('a finished search', () => {
	it("lets go of its caller's signal, which a kept-alive connection holds after the answer", async () => {
		const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
		const caller = new AbortController();
		for await (const event of search('let go', { engines: ['duckduckgo'], signal: caller.signal }))
			void event;
		quiet.mockRestore();
		expect(getEventListeners(caller.signal, 'abort')).toHaveLength(0);
	});
});

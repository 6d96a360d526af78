// What only answers need (the harvest, .torrent files, the swarm, the solver, the statistics) is loaded once
// the engine requests are on the wire: a woken process sends them before compiling any of it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { engineUrls } from '#tests/loopback-config.ts';
import { duckduckgoSerp } from '#tests/fake-web/serp.ts';
import type { SearchEvent } from '#lib/search-events.ts';
import { closeEgress } from '#lib/server/egress/index.ts';
import { REQUEST_WRITTEN } from '#lib/server/egress/transport.ts';
import { search } from './search.ts';

vi.mock('#lib/server/config.ts', () => import('#tests/loopback-config.ts'));

const order: string[] = [];
const written = () => order.push('a request written');
vi.mock('./answer-side.ts', async (importOriginal) => {
	order.push('answer side loaded');
	return importOriginal();
});

let web: FakeWeb;

beforeAll(async () => {
	web = await startFakeWeb();
	engineUrls.duckduckgo = `${web.url}/ddg`;
	REQUEST_WRITTEN.subscribe(written);
});
afterAll(async () => {
	REQUEST_WRITTEN.unsubscribe(written);
	await closeEgress();
	await web.close();
});

describe('the answer side of a live search', () => {
	it('loads after the engine request is written, and before the answer is read', async () => {
		const hash = 'b'.repeat(40);
		web.route('/post', { body: `<a href="magnet:?xt=urn:btih:${hash}&dn=Some.Show.S01E02.1080p">it</a>` });
		web.route('/ddg/html', { body: duckduckgoSerp([`${web.url}/post`]) });

		const seen: SearchEvent[] = [];
		for await (const event of search('answer side')) seen.push(event);

		expect(order.slice(0, 2)).toEqual(['a request written', 'answer side loaded']);
		// Its work was done: the engine's link was harvested and the page's magnet found.
		expect(seen).toContainEqual(
			expect.objectContaining({ type: 'page', url: `${web.url}/post`, magnets: 1 })
		);
		expect(seen).toContainEqual(expect.objectContaining({ type: 'result', infohash: hash }));
	});
});

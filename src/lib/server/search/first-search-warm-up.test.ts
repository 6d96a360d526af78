// A process's first search readies its readers (the markup parsers, the release parser) in the wait for its
// engines' answers: before any answer is read, and without the page having warmed the search core up.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { engineUrls } from '#tests/loopback-config.ts';
import { duckduckgoSerp } from '#tests/fake-web/serp.ts';
import type { SearchEvent } from '#lib/search-events.ts';
import { closeEgress } from '#lib/server/egress/index.ts';
import { readersAreWarm, warmUpReaders } from './readers.ts';
import { search } from './search.ts';

vi.mock('#lib/server/config.ts', () => import('#tests/loopback-config.ts'));

let web: FakeWeb;

beforeAll(async () => {
	web = await startFakeWeb();
	engineUrls.duckduckgo = `${web.url}/ddg`;
});
afterAll(async () => {
	await closeEgress();
	await web.close();
});

describe("a process's first search", () => {
	it('readies its readers while its engine has not answered yet', async () => {
		let answer!: () => void;
		const answered = new Promise<void>((resolve) => (answer = resolve));
		const name = 'Some.Film.2024.2160p.WEB-DL.x265-GRP';
		web.route('/post', { body: `<a href="magnet:?xt=urn:btih:${'a'.repeat(40)}&dn=${name}">it</a>` });
		web.route('/ddg/html', { body: duckduckgoSerp([`${web.url}/post`]), hold: () => answered });

		expect(readersAreWarm()).toBe(false);
		const seen: SearchEvent[] = [];
		const running = (async () => {
			for await (const event of search('first search')) seen.push(event);
		})();
		while (!web.requests.some((path) => path.startsWith('/ddg/html')) || !readersAreWarm())
			await new Promise((resolve) => setImmediate(resolve));
		await warmUpReaders();
		expect(seen).toEqual([]);
		answer();
		await running;
		const result = seen.find((event) => event.type === 'result');
		expect(result).toMatchObject({ release: { resolution: '2160p', codec: 'x265' } });
	});
});

// A large answer is merged in bursts: its first results go out while the rest are still being merged, and
// the search is done only once every sighting is in.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { engineUrls } from '#tests/loopback-config.ts';
import type { SearchEvent } from '#lib/search-events.ts';
import { closeEgress } from '#lib/server/egress/index.ts';
import { search } from './search.ts';

vi.mock('#lib/server/config.ts', () => import('#tests/loopback-config.ts'));

const ROWS = 30;
const state = vi.hoisted(() => ({ seenAtMerge: [] as number[], received: 0 }));

// Each merge takes a millisecond or more, so the answer outlasts any burst; it notes how many results the
// reader had received by then.
vi.mock('./merge.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('./merge.ts')>();
	class ResultSet extends real.ResultSet {
		override add(...args: Parameters<InstanceType<typeof real.ResultSet>['add']>) {
			state.seenAtMerge.push(state.received);
			const until = performance.now() + 1;
			while (performance.now() < until);
			return super.add(...args);
		}
	}
	return { ...real, ResultSet };
});

let web: FakeWeb;

beforeAll(async () => {
	// apibay's answer: one row per torrent (its ids start at 1: id 0 is its "nothing found" row).
	const rows = Array.from({ length: ROWS }, (_, n) => ({
		id: String(n + 1),
		name: `Row ${n}`,
		info_hash: (n + 1).toString(16).padStart(40, 'c'),
		seeders: '1',
		leechers: '0',
		size: '100',
		added: '1700000000'
	}));
	web = await startFakeWeb();
	web.route('/apibay/q.php', { body: JSON.stringify(rows), headers: { 'content-type': 'application/json' } });
	engineUrls.apibay = `${web.url}/apibay`;
});
afterAll(async () => {
	await closeEgress();
	await web.close();
});

describe('a large answer', () => {
	it('sends its first results before its last rows are merged, and is done after all of them', async () => {
		const events: SearchEvent[] = [];
		for await (const event of search('bursts', { engines: ['apibay'] })) {
			events.push(event);
			if (event.type === 'result') state.received++;
		}
		expect(state.seenAtMerge).toHaveLength(ROWS);
		expect(state.seenAtMerge[0]).toBe(0);
		expect(state.seenAtMerge.at(-1)).toBeGreaterThan(0);
		expect(events.filter((event) => event.type === 'result')).toHaveLength(ROWS);
		expect(events.at(-1)?.type).toBe('done');
	});
});

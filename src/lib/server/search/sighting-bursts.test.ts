// A large answer is merged in bursts: its first results go out while the rest are still being merged, and
// the search is done only once every sighting is in.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SearchEvent } from '#lib/search-events.ts';
import { search } from './search.ts';

const ROWS = 30;
const state = vi.hoisted(() => ({ base: '', seenAtMerge: [] as number[], received: 0 }));

vi.mock('#lib/server/config.ts', async (importOriginal) => ({
	...(await importOriginal<typeof import('#lib/server/config.ts')>()),
	engineUrlOverride: () => state.base
}));

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

let server: Server;

beforeAll(async () => {
	const rows = Array.from({ length: ROWS }, (_, n) => ({
		id: String(n + 1),
		name: `Row ${n}`,
		info_hash: (n + 1).toString(16).padStart(40, 'c'),
		seeders: '1',
		leechers: '0',
		size: '100',
		added: '1700000000'
	}));
	server = createServer((request, response) => {
		response.setHeader('content-type', 'application/json');
		response.end(JSON.stringify(rows));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a large answer', () => {
	it('sends its first results before its last rows are merged, and is done after all of them', async () => {
		const events: SearchEvent[] = [];
		for await (const event of search(`bursts ${Date.now()}`, { engines: ['apibay'] })) {
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

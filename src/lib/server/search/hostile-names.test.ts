// One hostile row costs that row only: a name with a lone surrogate (valid JSON from an index anyone can
// upload to), a row of another shape, or a row the search core throws on; and a search that lost a row to
// a bug is not kept in the cache to be served again.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ResultEvent, SearchEvent } from '#lib/search-events.ts';
import { search } from './search.ts';

const state = vi.hoisted(() => ({ base: '', asked: 0 }));

vi.mock('#lib/server/config.ts', async (importOriginal) => ({
	...(await importOriginal<typeof import('#lib/server/config.ts')>()),
	engineUrlOverride: () => state.base
}));

// The merge has a bug on one name: the row is lost, the others are not.
vi.mock('./merge.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('./merge.ts')>();
	class ResultSet extends real.ResultSet {
		override add(...args: Parameters<InstanceType<typeof real.ResultSet>['add']>) {
			if (args[0].name === 'merge bug') throw new RangeError('merge bug');
			return super.add(...args);
		}
	}
	return { ...real, ResultSet };
});

const hash = (n: number) => n.toString(16).padStart(40, 'a');
const row = (n: number, name: unknown) => ({
	id: String(n),
	name,
	info_hash: hash(n).toUpperCase(),
	seeders: '1',
	leechers: '0',
	size: '100',
	added: '1700000000'
});

// Written by hand: JSON.stringify would never write a lone surrogate escape.
function answer(query: string): string {
	const rows = [
		row(1, 'first'),
		row(2, 'PLACEHOLDER'),
		row(3, null),
		row(4, query.includes('bug') ? 'merge bug' : 'fine'),
		row(5, 'last')
	];
	return JSON.stringify(rows).replace('"PLACEHOLDER"', '"bad \\ud800 name \\udfff"');
}

let server: Server;

beforeAll(async () => {
	server = createServer((request, response) => {
		state.asked++;
		const query = new URL(request.url ?? '/', 'http://x').searchParams.get('q') ?? '';
		response.setHeader('content-type', 'application/json');
		response.end(answer(query));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function collect(query: string): Promise<SearchEvent[]> {
	const events: SearchEvent[] = [];
	for await (const event of search(query, { engines: ['apibay'] })) events.push(event);
	return events;
}

const results = (events: SearchEvent[]) =>
	events.filter((event): event is ResultEvent => event.type === 'result');

describe('hostile rows from an index', () => {
	it('keeps every other row of a lone-surrogate name and a row of another shape, the bad name made well-formed', async () => {
		const events = await collect(`surrogate ${Date.now()}`);
		expect(events.find((event) => event.type === 'engine')).toMatchObject({ id: 'apibay', status: 'ok' });
		const found = results(events);
		expect(found.map((result) => result.infohash).sort()).toEqual([1, 2, 4, 5].map(hash));
		const bad = found.find((result) => result.infohash === hash(2));
		expect(bad?.name).toBe('bad \ufffd name \ufffd');
		expect(bad?.magnet).toContain('dn=bad%20%EF%BF%BD%20name');
	});

	it('loses only the row the core threw on, and does not cache that search', async () => {
		const query = `bug ${Date.now()}`;
		const before = state.asked;
		const first = results(await collect(query));
		expect(first.map((result) => result.infohash).sort()).toEqual([1, 2, 5].map(hash));
		await collect(query);
		// Asked twice: the search that lost a row was not kept to be served again.
		expect(state.asked - before).toBe(2);
	});

	it('caches a search that met no bug', async () => {
		const query = `fine ${Date.now()}`;
		const before = state.asked;
		await collect(query);
		await collect(query);
		expect(state.asked - before).toBe(1);
	});
});

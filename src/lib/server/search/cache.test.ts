// A finished search is served again only when it has the shape this version writes: one stored by an
// older version (results without `release`) is searched afresh rather than served without it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result } from '#lib/search-events.ts';
import { MemoryStore } from '#lib/server/state/memory-store.ts';
import { useStateStore } from '#lib/server/state/state.ts';
import { parseRelease } from '#lib/server/release/parse-release.ts';
import { cachedSearch, rememberSearch } from './cache.ts';

const name = 'Silo.S02E03.1080p.WEB.H264-SuccessfulCrab';
const result: Result = {
	infohash: 'c9e15763f722f23e98a29decdfae341b98d53056',
	name,
	magnet: 'magnet:?xt=urn:btih:c9e15763f722f23e98a29decdfae341b98d53056',
	trackers: [],
	size: null,
	seeders: null,
	leechers: null,
	files: null,
	sources: [{ engine: 'apibay', page: null }],
	release: parseRelease(name)
};
const engines = [
	{ type: 'engine' as const, id: 'apibay', status: 'ok' as const, ms: 1, links: [], error: null }
];

describe('the search cache', () => {
	beforeEach(() => useStateStore(new MemoryStore()));
	afterEach(() => useStateStore(new MemoryStore()));

	it("serves a repeat with each result's release", async () => {
		await rememberSearch('silo', ['apibay'], { engines, pages: [], results: [result] });
		const events = await cachedSearch('silo', ['apibay']);
		expect(events?.find((event) => event.type === 'result')).toMatchObject({
			release: { title: 'Silo', seasons: [2], episodes: [3] }
		});
	});

	it('searches afresh when a stored result has no release (written by an older version)', async () => {
		const { release: _, ...old } = result;
		await rememberSearch('silo', ['apibay'], { engines, pages: [], results: [old as Result] });
		expect(await cachedSearch('silo', ['apibay'])).toBeNull();
	});

	it('searches afresh when a stored release is damaged', async () => {
		const damaged = { ...result, release: { ...result.release, resolution: '1081p' } };
		await rememberSearch('silo', ['apibay'], { engines, pages: [], results: [damaged as Result] });
		expect(await cachedSearch('silo', ['apibay'])).toBeNull();
	});
});

// Client-side sort and filter: the orders and bounds a person picks.
import { describe, expect, it } from 'vitest';
import type { Result } from '#lib/search-events.ts';
import { filterResults, sortResults } from './result-order.ts';

function result(name: string | null, size: number | null, seeders: number | null): Result {
	return {
		infohash: (name ?? 'none').padEnd(40, '0'),
		name,
		magnet: 'magnet:?xt=urn:btih:' + (name ?? 'none').padEnd(40, '0'),
		trackers: [],
		size,
		seeders,
		leechers: null,
		files: null,
		release: null,
		sources: []
	};
}

const GIB = 1024 ** 3;
const results = [
	result('Movie 10 1080p', 4 * GIB, 12),
	result(null, null, null),
	result('movie 9 720p', GIB, 300)
];

describe('sortResults', () => {
	it('keeps server order for relevance and does not mutate', () => {
		expect(sortResults(results, 'relevance', 'en')).toEqual(results);
		sortResults(results, 'size', 'en');
		expect(results[0]?.name).toBe('Movie 10 1080p');
	});
	it('sorts seeders and size descending with unknowns last', () => {
		expect(sortResults(results, 'seeders', 'en').map((r) => r.seeders)).toEqual([300, 12, null]);
		expect(sortResults(results, 'size', 'en').map((r) => r.size)).toEqual([4 * GIB, GIB, null]);
	});
	it('puts a dead torrent (no seeders) after unknown ones: it will not download', () => {
		const dead = result('dead', GIB, 0);
		expect(sortResults([dead, ...results], 'seeders', 'en').map((r) => r.seeders)).toEqual([
			300,
			12,
			null,
			0
		]);
	});
	it('sorts names naturally, case-insensitively, unnamed last', () => {
		expect(sortResults(results, 'name', 'en').map((r) => r.name)).toEqual([
			'movie 9 720p',
			'Movie 10 1080p',
			null
		]);
	});
});

describe('filterResults', () => {
	it('matches every word in any case', () => {
		expect(filterResults(results, { text: 'MOVIE 1080', minGiB: null, maxGiB: null })).toHaveLength(1);
		expect(filterResults(results, { text: '', minGiB: null, maxGiB: null })).toHaveLength(3);
	});
	it('bounds sizes in GiB and drops unknown sizes only when bounded', () => {
		expect(filterResults(results, { text: '', minGiB: 2, maxGiB: null }).map((r) => r.size)).toEqual([
			4 * GIB
		]);
		expect(filterResults(results, { text: '', minGiB: null, maxGiB: 1 }).map((r) => r.size)).toEqual([GIB]);
	});
});

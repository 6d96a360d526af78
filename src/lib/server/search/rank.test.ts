import { describe, expect, it } from 'vitest';
import type { Result } from '#lib/search-events.ts';
import { nameMatch, rankResults } from './rank.ts';

const result = (name: string, seeders: number | null, sources = 1): Result => ({
	infohash: name,
	name,
	magnet: '',
	trackers: [],
	size: null,
	seeders,
	leechers: null,
	files: null,
	release: null,
	sources: Array.from({ length: sources }, (_, i) => ({ engine: `e${i}`, page: null }))
});

describe('rankResults', () => {
	it('orders by seeders (dead last), then by how many places saw it, then by name match', () => {
		const ranked = rankResults('ubuntu desktop', [
			result('dead', 0, 3),
			result('unrelated', null),
			result('ubuntu desktop iso', null),
			result('seen twice', null, 2),
			result('seeded', 5),
			result('well seeded', 50)
		]);
		expect(ranked.map((r) => r.name)).toEqual([
			'well seeded',
			'seeded',
			'seen twice',
			'ubuntu desktop iso',
			'unrelated',
			'dead'
		]);
	});

	it('measures the share of query words in a name, ignoring case and punctuation', () => {
		expect(nameMatch('Silo S03E04', 'silo.s03e04.1080p.web.h264-cakes')).toBe(1);
		expect(nameMatch('silo s03e04', 'Silo S03E05')).toBe(0.5);
		expect(nameMatch('silo', null)).toBe(0);
	});
});

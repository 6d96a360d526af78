// The one ranking: quality as preferred, health, fit; filters; per-resolution limits; stable whatever the arrival order.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, type Preferences } from './preferences.ts';
import { applyPreferences, countByResolution, isWanted, nameMatch, rankResults } from './ranking.ts';
import type { Release } from './release.ts';
import type { Result } from './search-events.ts';
import { release } from '#tests/release-fixture.ts';

function result(
	name: string,
	fields: Partial<Release> | null,
	extra: Partial<Pick<Result, 'seeders' | 'size' | 'sources'>> = {}
): Result {
	const infohash = Buffer.from(name).toString('hex').slice(0, 40).padEnd(40, '0');
	return {
		infohash,
		name,
		magnet: `magnet:?xt=urn:btih:${infohash}`,
		trackers: [],
		size: extra.size ?? null,
		seeders: extra.seeders ?? null,
		leechers: null,
		files: null,
		sources: extra.sources ?? [{ engine: 'apibay', page: null }],
		release: fields === null ? null : release(fields)
	};
}

const prefs = (fields: Partial<Preferences>): Preferences => ({ ...DEFAULT_PREFERENCES, ...fields });
const names = (results: Result[]) => results.map((r) => r.name);

const UHD = result(
	'Film 2160p',
	{ resolution: '2160p', source: 'WEB-DL', hdr: ['DV', 'HDR10'] },
	{ seeders: 4 }
);
const FHD = result('Film 1080p', { resolution: '1080p', source: 'BluRay', codec: 'x265' }, { seeders: 300 });
const FHD_PT = result('Film 1080p PT', { resolution: '1080p', languages: ['pt'] }, { seeders: 2 });
const HD = result('Film 720p', { resolution: '720p', source: 'WEBRip' }, { seeders: 900 });
const CAM = result('Film CAM 1080p', { resolution: '1080p', source: 'CAM' }, { seeders: 5000 });
const DEAD = result('Film dead 2160p', { resolution: '2160p', source: 'Remux' }, { seeders: 0 });
const NAMELESS = result('Film something', null, { seeders: 50 });
const ALL = [NAMELESS, HD, DEAD, FHD, CAM, UHD, FHD_PT];

describe('rankResults', () => {
	it('puts better resolutions first, then health, poor sources below, unknown after, dead last', () => {
		expect(names(rankResults('film', ALL))).toEqual([
			'Film 2160p',
			'Film 1080p',
			'Film 1080p PT',
			'Film CAM 1080p',
			'Film 720p',
			'Film something',
			'Film dead 2160p'
		]);
	});

	it('follows the wanted resolutions in their order, preferred languages before all', () => {
		const ranked = rankResults('film', ALL, prefs({ res: ['1080p', '2160p'], lang: ['pt'] }));
		expect(names(ranked).slice(0, 4)).toEqual([
			'Film 1080p PT',
			'Film 1080p',
			'Film CAM 1080p',
			'Film 2160p'
		]);
	});

	it('orders by seeders, size or year when asked, the best order breaking ties', () => {
		expect(names(rankResults('film', ALL, prefs({ sort: 'seeders' }))).slice(0, 3)).toEqual([
			'Film CAM 1080p',
			'Film 720p',
			'Film 1080p'
		]);
		expect(names(rankResults('film', ALL, prefs({ sort: 'seeders' }))).at(-1)).toBe('Film dead 2160p');
		const sized = [
			result('small', null, { size: 1 }),
			result('big', null, { size: 9 }),
			result('unsized', null)
		];
		expect(names(rankResults('', sized, prefs({ sort: 'size' })))).toEqual(['big', 'small', 'unsized']);
		const dated = [result('old', { year: 1994 }), result('new', { year: 2024 }), result('undated', {})];
		expect(names(rankResults('', dated, prefs({ sort: 'newest' })))).toEqual(['new', 'old', 'undated']);
	});

	it('uses the fit to the query, then how many places saw it, when quality and health tie', () => {
		const a = result('ubuntu desktop iso', null);
		const b = result('unrelated', null);
		const c = result('twice seen', null, {
			sources: [
				{ engine: 'a', page: null },
				{ engine: 'b', page: null }
			]
		});
		expect(names(rankResults('ubuntu desktop', [b, c, a]))).toEqual([
			'ubuntu desktop iso',
			'twice seen',
			'unrelated'
		]);
		expect(nameMatch('ubuntu desktop', 'Ubuntu.Desktop.24.04')).toBe(1);
	});

	it('gives the same order whatever order the results arrived in', () => {
		const twins = [result('same a', {}), result('same b', {}), ...ALL];
		const once = names(rankResults('film', twins));
		expect(names(rankResults('film', [...twins].reverse()))).toEqual(once);
	});
});

describe('isWanted and applyPreferences', () => {
	it('keeps only the wanted resolutions, unknown ones out', () => {
		const { shown, hidden } = applyPreferences('film', ALL, prefs({ res: ['2160p'] }));
		expect(names(shown)).toEqual(['Film 2160p', 'Film dead 2160p']);
		expect(names(applyPreferences('film', ALL, prefs({ res: ['720p', '2160p'] })).shown)).toEqual([
			'Film 720p',
			'Film 2160p',
			'Film dead 2160p'
		]);
		expect(hidden).toBe(5);
	});

	it.each([
		['cam', 'Film CAM 1080p'],
		['remux', 'Film dead 2160p'],
		['x265', 'Film 1080p'],
		['unknown', 'Film something']
	] as const)('exclude=%s leaves out %s', (exclusion, name) => {
		const left = ALL.filter((r) => !isWanted(r, prefs({ exclude: [exclusion] })));
		expect(names(left)).toEqual([name]);
	});

	it('tells HDR from Dolby Vision, cinema recordings from screeners, and 3D from its frame packing', () => {
		const hdr10 = result('a', { hdr: ['HDR10'] });
		const dvOnly = result('b', { hdr: ['DV'] });
		expect(
			[hdr10, dvOnly, UHD].filter((r) => isWanted(r, prefs({ exclude: ['hdr'] }))).map((r) => r.name)
		).toEqual(['b']);
		expect(
			[hdr10, dvOnly, UHD].filter((r) => isWanted(r, prefs({ exclude: ['dv'] }))).map((r) => r.name)
		).toEqual(['a']);
		const scr = result('screener', { source: 'SCR' });
		const ts = result('telesync', { source: 'TS' });
		expect(isWanted(ts, prefs({ exclude: ['cam'] }))).toBe(false);
		expect(isWanted(scr, prefs({ exclude: ['cam'] }))).toBe(true);
		expect(isWanted(scr, prefs({ exclude: ['scr'] }))).toBe(false);
		expect(isWanted(result('Film.2010.3D.1080p.BluRay.Half-SBS', {}), prefs({ exclude: ['3d'] }))).toBe(
			false
		);
		expect(isWanted(result('Film.2010.1080p.H-OU', {}), prefs({ exclude: ['3d'] }))).toBe(false);
		expect(isWanted(result('3Deep.Film.1080p', {}), prefs({ exclude: ['3d'] }))).toBe(true);
	});

	it('bounds sizes, letting an unknown size through', () => {
		const small = result('small', null, { size: 500e6 });
		const big = result('big', null, { size: 9e9 });
		const unsized = result('unsized', null);
		const kept = applyPreferences('', [small, big, unsized], prefs({ minsize: 700e6, maxsize: 8e9 }));
		expect(names(kept.shown)).toEqual(['unsized']);
		expect(kept.hidden).toBe(2);
	});

	it('keeps perres results of each resolution, the best of each', () => {
		const { shown } = applyPreferences('film', ALL, prefs({ perres: 1 }));
		expect(names(shown)).toEqual(['Film 2160p', 'Film 1080p', 'Film 720p', 'Film something']);
	});

	it('counts results per resolution, best first, unknown last', () => {
		expect(countByResolution(ALL)).toEqual([
			{ resolution: '2160p', count: 2 },
			{ resolution: '1080p', count: 3 },
			{ resolution: '720p', count: 1 },
			{ resolution: 'unknown', count: 1 }
		]);
	});
});

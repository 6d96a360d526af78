// Whether a release is of the title Stremio asks for, on names sites really use.
import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse-release.ts';
import { matchesTitle as matchesRelease } from './title-match.ts';

const matchesTitle = (
	name: string | null,
	title: { name: string; year: number | null },
	kind: 'movie' | 'series'
) => matchesRelease(name, name === null ? null : parseRelease(name), title, kind);

describe('matchesTitle', () => {
	const series = (name: string, year: number | null = null) => ({ name, year });

	it('matches across separators, punctuation, accents, "&" and site tags', () => {
		const shield = series("Marvel's Agents of S.H.I.E.L.D.");
		expect(matchesTitle('Marvels.Agents.of.S.H.I.E.L.D.S01E01.720p', shield, 'series')).toBe(true);
		expect(matchesTitle('Amelie.2001.1080p', { name: 'Amélie', year: 2001 }, 'movie')).toBe(true);
		expect(matchesTitle('Law.and.Order.S01E01', series('Law & Order'), 'series')).toBe(true);
		expect(matchesTitle('[Group] Game_of_Thrones_S01E02', series('Game of Thrones'), 'series')).toBe(true);
		expect(matchesTitle('www.Torrenting.com - Silo.S03E06.1080p', series('Silo'), 'series')).toBe(true);
	});

	it('tells a show from others whose names contain it (real apibay answer for "Sugar 2024 S02E08")', () => {
		const sugar = series('Sugar', 2024);
		expect(matchesTitle('Sugar 2024 S02E08 1080p WEB H264-CAKES', sugar, 'series')).toBe(true);
		expect(matchesTitle('Sugar.S02E08.720p', sugar, 'series')).toBe(true);
		expect(matchesTitle('Queen Sugar S02E08 Freedoms Plow 1080p', sugar, 'series')).toBe(false);
		expect(matchesTitle('Sugar.Showdown.S02E08.1080p.WEB.h264-POPPYCOCK', sugar, 'series')).toBe(false);
		expect(matchesTitle('The.Office.US.S01E01', series('The Office'), 'series')).toBe(true);
	});

	it('tells a film from its remakes by year, without mistaking years in the title', () => {
		const dune = { name: 'Dune', year: 2021 };
		expect(matchesTitle('Dune.2021.2160p.WEB-DL', dune, 'movie')).toBe(true);
		expect(matchesTitle('Dune.1984.1080p.BluRay', dune, 'movie')).toBe(false);
		expect(matchesTitle('Dune 1080p', dune, 'movie')).toBe(true);
		expect(
			matchesTitle('Blade.Runner.2049.2017.1080p', { name: 'Blade Runner 2049', year: 2017 }, 'movie')
		).toBe(true);
		expect(matchesTitle('1917.2019.1080p.BluRay', { name: '1917', year: 2019 }, 'movie')).toBe(true);
	});

	it('rejects names of something else, and keeps names it cannot judge', () => {
		expect(matchesTitle('House.of.the.Dragon.S01E02.1080p', series('Game of Thrones'), 'series')).toBe(false);
		expect(matchesTitle('ubuntu-24.04.iso', { name: 'Dune', year: 2021 }, 'movie')).toBe(false);
		expect(matchesTitle(null, series('Game of Thrones'), 'series')).toBe(true);
	});
});

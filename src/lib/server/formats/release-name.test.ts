// What release names say about quality, episodes and category, on the spellings sites really use.
import { describe, expect, it } from 'vitest';
import { episodeFit, guessCategories, guessQuality, matchesTitle, readEpisodeMarks } from './release-name.ts';

describe('guessQuality', () => {
	it.each([
		['Silo S03E06 The Drive 2160P ATVP WEB-DL DDP5.1 Atmos DV HDR. H.265', '2160p', 'uhd'],
		['Dune.Part.Two.2024.4K.HDR.x265', '2160p', 'uhd'],
		['Silo.S03E06.1080p.WEB.H264-CAKES', '1080p', 'hd'],
		['Some_Show_1080i_HDTV', '1080p', 'hd'],
		['Silo.S03E06.720p.x264-FENiX', '720p', 'hd'],
		['Silo S03E06 480p x264-mSD', '480p', 'sd'],
		['Old.Movie.1999.DVDRip.XviD-GROUP', 'SD', 'sd'],
		['[Group] Show - 05 [576p]', '576p', 'sd']
	])('%s is %s', (name, label, tier) => {
		expect(guessQuality(name)).toMatchObject({ label, tier });
	});

	it('knows nothing from names without a quality, or no name', () => {
		expect(guessQuality('ubuntu-24.04.3-desktop-amd64.iso')).toBeNull();
		expect(guessQuality(null)).toBeNull();
		// digits inside other words are not a resolution
		expect(guessQuality('Track 1080pro mix')).toBeNull();
	});

	it('ranks better qualities higher', () => {
		const ranks = ['2160p', '1080p', '720p', '480p'].map((label) => guessQuality(`x ${label}`)!.rank);
		expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
		expect(new Set(ranks).size).toBe(4);
	});
});

describe('readEpisodeMarks', () => {
	it.each([
		['Silo.S03E06.720p.x264-FENiX', { kind: 'episode', season: 3, episodes: [6] }],
		['silo.s03e04.1080p.web.h264-cakes[EZTVx.to].mkv', { kind: 'episode', season: 3, episodes: [4] }],
		['Show S01E02E03 1080p', { kind: 'episode', season: 1, episodes: [2, 3] }],
		['Show.S01E02-E05.720p', { kind: 'episode', season: 1, episodes: [2, 3, 4, 5] }],
		['Show S01E09-10 720p', { kind: 'episode', season: 1, episodes: [9, 10] }],
		['Show S01E02 - E03', { kind: 'episode', season: 1, episodes: [2, 3] }],
		['Show.3x07.HDTV', { kind: 'episode', season: 3, episodes: [7] }],
		['Game of Thrones S01 1080p BluRay', { kind: 'season', seasons: [1] }],
		['Game.of.Thrones.S01-S03.720p', { kind: 'season', seasons: [1, 2, 3] }],
		['Game of Thrones Season 2 Complete', { kind: 'season', seasons: [2] }],
		['Game of Thrones Seasons 1 to 8', { kind: 'season', seasons: [1, 2, 3, 4, 5, 6, 7, 8] }],
		['Game of Thrones The Complete Series', { kind: 'complete' }],
		['The.Shawshank.Redemption.1994.1080p.BluRay', { kind: 'none' }]
	])('%s', (name, marks) => {
		expect(readEpisodeMarks(name)).toEqual(marks);
	});

	it('does not read resolutions, codecs or years as episodes', () => {
		expect(readEpisodeMarks('Movie 2019 1920x1080 x264')).toEqual({ kind: 'none' });
		expect(readEpisodeMarks('Show S02E01 10bit 1080p')).toEqual({
			kind: 'episode',
			season: 2,
			episodes: [1]
		});
		expect(readEpisodeMarks('Show.S01E02-720p')).toEqual({ kind: 'episode', season: 1, episodes: [2] });
	});
});

describe('episodeFit', () => {
	it('tells the episode, its packs and other episodes apart', () => {
		expect(episodeFit('Game.of.Thrones.S01E02.1080p', 1, 2)).toBe('episode');
		expect(episodeFit('Game.of.Thrones.S01E01E02.1080p', 1, 2)).toBe('episode');
		expect(episodeFit('Game.of.Thrones.S01E03.1080p', 1, 2)).toBe('other');
		expect(episodeFit('Game.of.Thrones.S02E02.1080p', 1, 2)).toBe('other');
		expect(episodeFit('Game of Thrones S01 1080p', 1, 2)).toBe('pack');
		expect(episodeFit('Game of Thrones S02 1080p', 1, 2)).toBe('other');
		expect(episodeFit('Game of Thrones Complete Series', 1, 2)).toBe('pack');
		expect(episodeFit('Game of Thrones 1080p', 1, 2)).toBe('unknown');
		expect(episodeFit(null, 1, 2)).toBe('unknown');
	});
});

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

describe('guessCategories', () => {
	it('puts episodes under TV and films under Movies with their quality subcategory', () => {
		expect(guessCategories('Silo S03E06 1080p WEB H264-CAKES', null)).toEqual([5000, 5040]);
		expect(guessCategories('Silo S03E06 2160P WEB-DL', null)).toEqual([5000, 5045]);
		expect(guessCategories('Silo S03E06 480p x264-mSD', null)).toEqual([5000, 5030]);
		expect(guessCategories('Silo S03E06 x264', null)).toEqual([5000]);
		expect(guessCategories('The.Shawshank.Redemption.1994.720p.BluRay', null)).toEqual([2000, 2040]);
		expect(guessCategories('Some.Film.2001.WEBRip.x264', null)).toEqual([2000]);
	});

	it('files what it cannot place under Other, unless the client asked for TV or movies', () => {
		expect(guessCategories('ubuntu-24.04.3-desktop-amd64.iso', null)).toEqual([8000]);
		expect(guessCategories(null, null)).toEqual([8000]);
		expect(guessCategories('Some Show 2160p', 'tv')).toEqual([5000, 5045]);
		expect(guessCategories('Silo S03E06 1080p', 'movie')).toEqual([2000, 2040]);
	});
});

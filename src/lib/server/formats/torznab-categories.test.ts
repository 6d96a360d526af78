// The category each item gets from its release, as Sonarr and Radarr filter on them.
import { describe, expect, it } from 'vitest';
import { parseRelease } from '#lib/server/release/parse-release.ts';
import { releaseCategories } from './torznab-categories.ts';

const categories = (name: string | null, kind: 'tv' | 'movie' | null) =>
	releaseCategories(name === null ? null : parseRelease(name), kind);

describe('releaseCategories', () => {
	it('puts episodes and season packs under TV with their quality subcategory', () => {
		expect(categories('Silo S03E06 1080p WEB H264-CAKES', null)).toEqual([5000, 5040]);
		expect(categories('Silo S03E06 2160P WEB-DL', null)).toEqual([5000, 5045]);
		expect(categories('Silo S03E06 480p x264-mSD', null)).toEqual([5000, 5030]);
		expect(categories('Silo.S02.720p.AMZN.WEB-DL.DDP5.1.H.264-NTb', null)).toEqual([5000, 5040]);
		expect(categories('Silo Season 1 Complete 2160p', null)).toEqual([5000, 5045]);
		expect(categories('Silo S03E06 x264', null)).toEqual([5000]);
	});

	it('puts other videos under Movies with their quality subcategory', () => {
		expect(categories('The.Shawshank.Redemption.1994.720p.BluRay', null)).toEqual([2000, 2040]);
		expect(categories('Dune.Part.Two.2024.2160p.UHD.BluRay.x265-GROUP', null)).toEqual([2000, 2045]);
		expect(categories('Old.Movie.1999.DVDRip.XviD-GROUP', null)).toEqual([2000, 2030]);
		expect(categories('Some.Film.2001.WEBRip.x264', null)).toEqual([2000]);
	});

	it('files what it cannot place under Other, unless the client asked for TV or movies', () => {
		expect(categories('ubuntu-24.04.3-desktop-amd64.iso', null)).toEqual([8000]);
		expect(categories(null, null)).toEqual([8000]);
		expect(categories('Some Show 2160p', 'tv')).toEqual([5000, 5045]);
		expect(categories('Silo S03E06 1080p', 'movie')).toEqual([2000, 2040]);
	});
});

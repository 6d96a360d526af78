// What parseRelease reads from real names, in the contract's shape and vocabulary.
import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse-release.ts';

describe('parseRelease', () => {
	it('reads an episode in the contract shape', () => {
		expect(parseRelease('The.Walking.Dead.S05E03.720p.HDTV.x264-ASAP[ettv]')).toEqual({
			title: 'The Walking Dead',
			year: null,
			seasons: [5],
			episodes: [3],
			complete: false,
			resolution: '720p',
			source: 'HDTV',
			codec: 'x264',
			hdr: [],
			audio: [],
			languages: [],
			group: 'ASAP'
		});
	});

	it('reads a film: 4k as 2160p, a remux, HDR formats, audio with its channels', () => {
		expect(
			parseRelease('Dune.Part.Two.2024.2160p.UHD.BluRay.REMUX.DV.HDR.HEVC.TrueHD.7.1.Atmos-FGT')
		).toMatchObject({
			title: 'Dune Part Two',
			year: 2024,
			seasons: [],
			episodes: [],
			resolution: '2160p',
			source: 'Remux',
			codec: 'x265',
			hdr: ['DV', 'HDR10'],
			audio: ['TrueHD7.1', 'Atmos'],
			group: 'FGT'
		});
	});

	it('lists a season pack by its seasons only, and says a complete series', () => {
		expect(parseRelease('Game of Thrones Season 1-8 Complete 1080p BluRay')).toMatchObject({
			seasons: [1, 2, 3, 4, 5, 6, 7, 8],
			episodes: [],
			complete: true
		});
	});

	it('has nothing to read in an empty name', () => {
		expect(parseRelease('')).toBeNull();
		expect(parseRelease('   ')).toBeNull();
	});

	it('guesses nothing that a name does not say', () => {
		expect(parseRelease('ubuntu-24.04.3-desktop-amd64.iso')).toMatchObject({
			year: null,
			seasons: [],
			episodes: [],
			resolution: null,
			source: null,
			codec: null,
			languages: []
		});
	});
});

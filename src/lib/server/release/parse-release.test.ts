// What parseRelease reads from real names, in the contract's shape and vocabulary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RESOLUTIONS, SOURCES } from '#lib/release.ts';
import { releaseSchema } from './release-schema.ts';
import { PRACTICE_NAMES, parseRelease } from './parse-release.ts';

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

	it('answers any name in the contract shape, without throwing (names come from anywhere)', () => {
		const pieces = fc.constantFrom(
			'S01E02',
			'S01',
			'Season 1-3',
			'1x05',
			'- 07',
			'1080p',
			'2160p',
			'960p',
			'1280*720',
			'WEB-DL',
			'HDCAM',
			'BluRay',
			'REMUX',
			'x265',
			'DDP5.1',
			'Atmos',
			'MULTi',
			'FRENCH',
			'[Group]',
			'(2019)',
			'.mkv',
			'5of6'
		);
		const name = fc.array(
			fc.oneof(pieces, fc.string({ maxLength: 12 }), fc.string({ maxLength: 6, unit: 'grapheme' })),
			{
				maxLength: 12
			}
		);
		fc.assert(
			fc.property(name, fc.constantFrom(' ', '.', '_', '-'), (parts, separator) => {
				const release = parseRelease(parts.join(separator));
				if (release === null) return;
				expect(releaseSchema.safeParse(release).success).toBe(true);
				expect(release.resolution === null || RESOLUTIONS.includes(release.resolution)).toBe(true);
				expect(release.source === null || SOURCES.includes(release.source)).toBe(true);
			}),
			{ numRuns: 500 }
		);
		expect(parseRelease('x'.repeat(100_000))).not.toBeNull();
	});
});

describe('the warm-up practice', () => {
	it('reads each practice name as the shape it stands for, so the warm-up runs those shapes’ patterns', () => {
		expect(PRACTICE_NAMES.map((name) => parseRelease(name))).toMatchObject([
			{ seasons: [1], episodes: [2], source: 'WEB-DL', audio: ['DDP5.1'] },
			{ year: 1999, resolution: '2160p', source: 'Remux', hdr: ['DV', 'HDR10'] },
			{ seasons: [2], complete: true, source: 'WEBRip', codec: 'x265' },
			{ episodes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], audio: ['FLAC'] },
			{ languages: ['fr'], audio: ['DTS-HD MA5.1'] },
			{ seasons: [3], episodes: [4], source: 'HDTV', codec: 'XviD' },
			{ resolution: '480p', source: 'DVD', languages: ['en', 'it'] }
		]);
	});
});

// Quality labels, ranks and tiers from parsed names.
import { describe, expect, it } from 'vitest';
import { parseRelease } from './parse-release.ts';
import { releaseQuality } from './quality.ts';

const quality = (name: string) => releaseQuality(parseRelease(name));

describe('releaseQuality', () => {
	it.each([
		['Silo S03E06 The Drive 2160P ATVP WEB-DL DDP5.1 Atmos DV HDR. H.265', '2160p', 'uhd'],
		['Dune.Part.Two.2024.4K.HDR.x265', '2160p', 'uhd'],
		['Silo.S03E06.1080p.WEB.H264-CAKES', '1080p', 'hd'],
		['Silo.S03E06.720p.x264-FENiX', '720p', 'hd'],
		['Silo S03E06 480p x264-mSD', '480p', 'sd'],
		['Old.Movie.1999.DVDRip.XviD-GROUP', 'SD', 'sd'],
		['[Group] Show - 05 [576p]', '576p', 'sd']
	])('%s is %s', (name, label, tier) => {
		expect(quality(name)).toMatchObject({ label, tier });
	});

	it('knows nothing from names without a quality, or no release', () => {
		expect(quality('ubuntu-24.04.3-desktop-amd64.iso')).toBeNull();
		expect(releaseQuality(null)).toBeNull();
	});

	it('ranks better qualities higher', () => {
		const ranks = ['2160p', '1080p', '720p', '480p', 'DVDRip'].map((label) => quality(`Film ${label}`)!.rank);
		expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
		expect(new Set(ranks).size).toBe(5);
	});
});

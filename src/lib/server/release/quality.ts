// A release's picture quality as the faces order and file it: a label (the resolution, or "SD" for a
// low-definition source that names no resolution), a rank, and the SD/HD/UHD tier of Torznab's categories.
import { RESOLUTIONS, type Release } from '#lib/release.ts';

export type QualityTier = 'uhd' | 'hd' | 'sd';

export interface Quality {
	/** What a person reads: `2160p`, `1080p`, … or `SD`. */
	label: string;
	/** Higher is better; an unknown quality ranks below all of these. */
	rank: number;
	tier: QualityTier;
}

const TIER: Record<(typeof RESOLUTIONS)[number], QualityTier> = {
	'2160p': 'uhd',
	'1440p': 'hd',
	'1080p': 'hd',
	'720p': 'hd',
	'576p': 'sd',
	'480p': 'sd',
	'360p': 'sd'
};

// Sources and codecs that only ever carried standard definition: a DVD rip in XviD is SD without saying 480p.
const SD_SOURCES = new Set(['CAM', 'TS', 'TC', 'SCR', 'DVD']);
const SD_CODECS = new Set(['XviD', 'DivX']);

export function releaseQuality(release: Release | null): Quality | null {
	if (!release) return null;
	const { resolution } = release;
	if (resolution) {
		return {
			label: resolution,
			tier: TIER[resolution],
			rank: RESOLUTIONS.length - RESOLUTIONS.indexOf(resolution) + 1
		};
	}
	const sd =
		(release.source && SD_SOURCES.has(release.source)) || (release.codec && SD_CODECS.has(release.codec));
	return sd ? { label: 'SD', tier: 'sd', rank: 1 } : null;
}

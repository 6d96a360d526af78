// Torznab's standard categories (newznab numbering) and the ones each item gets from its release: a
// parent (Movies, TV, Other) the *arr apps filter on, and an SD/HD/UHD subcategory when the quality is known.
import type { Release } from '#lib/release.ts';
import { releaseQuality, type QualityTier } from '#lib/server/release/quality.ts';

export const CATEGORIES = {
	movies: { id: 2000, name: 'Movies', subs: { sd: 2030, hd: 2040, uhd: 2045 } },
	tv: { id: 5000, name: 'TV', subs: { sd: 5030, hd: 5040, uhd: 5045 } },
	other: { id: 8000, name: 'Other', subs: null }
} as const;

export const SUB_CATEGORY_NAMES: Record<QualityTier, string> = { sd: 'SD', hd: 'HD', uhd: 'UHD' };

/** Whether the name reads as a video at all: a picture quality, a source or a video codec. */
function isVideo(release: Release): boolean {
	return Boolean(release.resolution || release.source || release.codec || release.hdr.length > 0);
}

/**
 * The categories of a release: TV when it names seasons or episodes, Movies when it is otherwise a
 * video, Other when it says neither. `kind` is what the client asked for (tvsearch, movie), which beats
 * reading the name.
 */
export function releaseCategories(release: Release | null, kind: 'tv' | 'movie' | null): number[] {
	const episodic = release !== null && (release.seasons.length > 0 || release.episodes.length > 0);
	const parent =
		kind === 'tv' || (kind === null && episodic)
			? CATEGORIES.tv
			: kind === 'movie' || (release !== null && isVideo(release))
				? CATEGORIES.movies
				: CATEGORIES.other;
	const quality = releaseQuality(release);
	if (!parent.subs || !quality) return [parent.id];
	return [parent.id, parent.subs[quality.tier]];
}

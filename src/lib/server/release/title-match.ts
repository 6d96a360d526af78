// Whether a release is of a title (Stremio asks for one film or episode): for a series the release's
// title must be the show's, so "Queen Sugar S02E08" is not "Sugar"; for a film the name must contain the
// title and the year it gives must be the film's (give or take one), so remakes fall out.
import type { Release } from '#lib/release.ts';

/** Title and name folded to bare letters and digits, so `S.H.I.E.L.D.` and `Shield` compare equal. */
function folded(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll('&', 'and')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

// What may follow a show's name in a release's title: the year or country that tells remakes apart.
const SHOW_SUFFIX = /^(?:(?:19|20)\d\d|us|uk|au|nz|ca)?$/;

/** Names that say nothing, or say too little to tell, pass. */
export function matchesTitle(
	name: string | null,
	release: Release | null,
	title: { name: string; year: number | null },
	kind: 'movie' | 'series'
): boolean {
	const wanted = folded(title.name);
	if (!name || !wanted) return true;
	if (kind === 'series') {
		const marked = release !== null && (release.seasons.length > 0 || release.episodes.length > 0);
		if (!marked || !release.title) return folded(name).includes(wanted);
		const show = folded(release.title);
		return show.startsWith(wanted) && SHOW_SUFFIX.test(show.slice(wanted.length));
	}
	if (!folded(name).includes(wanted)) return false;
	const year = release?.year ?? null;
	if (title.year === null || year === null) return true;
	// a year that is part of the title ("Blade Runner 2049") is not the release's year
	if (title.name.includes(String(year))) return true;
	return Math.abs(year - title.year) <= 1;
}

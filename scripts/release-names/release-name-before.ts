// The release-name reader this server used before src/lib/server/release (six resolution regexes and an
// episode-mark reader), kept only so that the benchmark compares the parse with what it replaced.

export type QualityTier = 'uhd' | 'hd' | 'sd';

export interface Quality {
	/** What a person reads: `2160p`, `1080p`, `720p`, `576p`, `480p` or `SD`. */
	label: string;
	/** Higher is better; unknown quality ranks below all of these. */
	rank: number;
	tier: QualityTier;
}

// Checked best first: a name that says both `2160p` and `1080p` (a rare dual release) ranks as the better.
const QUALITIES: { label: string; tier: QualityTier; pattern: RegExp }[] = [
	{ label: '2160p', tier: 'uhd', pattern: /\b(?:2160p|4k|uhd)\b/ },
	{ label: '1080p', tier: 'hd', pattern: /\b(?:1080[pi]|fhd)\b/ },
	{ label: '720p', tier: 'hd', pattern: /\b720p\b/ },
	{ label: '576p', tier: 'sd', pattern: /\b576p\b/ },
	{ label: '480p', tier: 'sd', pattern: /\b480p\b/ },
	{ label: 'SD', tier: 'sd', pattern: /\b(?:360p|sdtv|dvdrip|dvdscr|xvid|divx)\b/ }
];

/** Lowercase words separated by single spaces, so `\b` works across `_` and `.` separators. */
function words(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

export function guessQuality(name: string | null): Quality | null {
	if (!name) return null;
	const text = words(name);
	const index = QUALITIES.findIndex(({ pattern }) => pattern.test(text));
	if (index === -1) return null;
	const { label, tier } = QUALITIES[index]!;
	return { label, tier, rank: QUALITIES.length - index };
}

/** What a name says about the episodes it holds. */
export type EpisodeMarks =
	| { kind: 'episode'; season: number; episodes: number[] }
	| { kind: 'season'; seasons: number[] }
	| { kind: 'complete' }
	| { kind: 'none' };

function range(from: number, to: number): number[] {
	if (to < from || to - from > 400) return [from];
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const SEP = '[ ._\\[\\]()-]';
// S01E02, S01E02E03, S01E02-03, S01E02-E05, s01.e02
const EPISODE = new RegExp(
	`(?<![a-z0-9])s(\\d{1,2})${SEP}?e(\\d{1,4})((?:${SEP}?(?:-${SEP}?e?|e)\\d{1,4}(?![0-9p]))*)`,
	'i'
);
// 1x02 (older scene naming); digits on both sides keep it from matching 1920x1080
const CROSS = /(?<![a-z0-9])(\d{1,2})x(\d{2,3})(?![0-9a-z])/i;
// S01, S01-S03, S01-03, Season 1, Season 1-3, Seasons 1 to 3
const SEASON_SHORT = new RegExp(`(?<![a-z0-9])s(\\d{1,2})(?:${SEP}?-${SEP}?s?(\\d{1,2}))?(?![0-9])`, 'i');
const SEASON_LONG = /\bseasons?[ ._-]?(\d{1,2})(?:[ ._]?(?:-|to|&)[ ._]?(\d{1,2}))?(?![0-9])/i;
const COMPLETE = /\b(?:complete[ ._-]series|the[ ._-]complete|all[ ._-]seasons)\b/i;

export function readEpisodeMarks(name: string | null): EpisodeMarks {
	if (!name) return { kind: 'none' };
	const episode = EPISODE.exec(name);
	if (episode) {
		const season = Number(episode[1]);
		const episodes = [Number(episode[2])];
		for (const part of (episode[3] ?? '').matchAll(/(-)?[^0-9-]*?(\d{1,4})/g)) {
			const number = Number(part[2]);
			const last = episodes.at(-1)!;
			episodes.push(...(part[1] ? range(last + 1, number) : [number]));
		}
		return { kind: 'episode', season, episodes: [...new Set(episodes)] };
	}
	const cross = CROSS.exec(name);
	if (cross) return { kind: 'episode', season: Number(cross[1]), episodes: [Number(cross[2])] };
	const season = SEASON_SHORT.exec(name) ?? SEASON_LONG.exec(name);
	if (season) {
		const first = Number(season[1]);
		return { kind: 'season', seasons: season[2] ? range(first, Number(season[2])) : [first] };
	}
	if (COMPLETE.test(name)) return { kind: 'complete' };
	return { kind: 'none' };
}

/**
 * How a release relates to one episode: the episode itself (also in a multi-episode file), a pack that
 * holds it, clearly something else, or a name that does not say.
 */
export type EpisodeFit = 'episode' | 'pack' | 'other' | 'unknown';

export function episodeFit(name: string | null, season: number, episode: number): EpisodeFit {
	const marks = readEpisodeMarks(name);
	switch (marks.kind) {
		case 'episode':
			return marks.season === season && marks.episodes.includes(episode) ? 'episode' : 'other';
		case 'season':
			return marks.seasons.includes(season) ? 'pack' : 'other';
		case 'complete':
			return 'pack';
		case 'none':
			return 'unknown';
	}
}

/** Title and name folded to bare letters and digits, so `S.H.I.E.L.D.` and `Shield` compare equal. */
function folded(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll('&', 'and')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

// Site and group tags that some uploaders put before the title: "[Group] ", "www.site.com - ".
const LEADING_TAGS =
	/^(?:\s*(?:\[[^\]]*\]|\([^)]*\)|【[^】]*】|www\.\S+\s*-|[a-z0-9-]+\.(?:com|org|net|to|se)\s*-))+\s*/i;
// What may follow a show's name before its episode mark: the year or country that tells remakes apart.
const SHOW_SUFFIX = /^(?:(?:19|20)\d\d|us|uk|au|nz|ca)?$/;

/**
 * Whether a release is of a title: for a series, the name before its episode mark must be the show's
 * (so "Queen Sugar S02E08" is not "Sugar"); for a film, the name must contain the title and any year it
 * gives must be the film's (give or take one), so remakes fall out. Names that say nothing pass.
 */
export function matchesTitle(
	name: string | null,
	title: { name: string; year: number | null },
	kind: 'movie' | 'series'
): boolean {
	const wanted = folded(title.name);
	if (!name || !wanted) return true;
	const bare = name.replace(LEADING_TAGS, '');
	if (kind === 'series') {
		const mark = EPISODE.exec(bare) ?? CROSS.exec(bare) ?? SEASON_SHORT.exec(bare) ?? SEASON_LONG.exec(bare);
		if (!mark) return folded(bare).includes(wanted);
		const show = folded(bare.slice(0, mark.index));
		return show.startsWith(wanted) && SHOW_SUFFIX.test(show.slice(wanted.length));
	}
	if (!folded(bare).includes(wanted)) return false;
	if (title.year === null) return true;
	const ownYears = new Set(title.name.match(/\d{4}/g) ?? []);
	const years = [...bare.matchAll(/(?<![0-9])((?:19|20)\d\d)(?![0-9])/g)]
		.map((match) => match[1]!)
		.filter((year) => !ownYears.has(year))
		.map(Number);
	return years.length === 0 || years.some((year) => Math.abs(year - title.year!) <= 1);
}

// Torznab's standard categories (newznab numbering) that this server gives its items.
export const CATEGORIES = {
	movies: { id: 2000, name: 'Movies', subs: { sd: 2030, hd: 2040, uhd: 2045 } },
	tv: { id: 5000, name: 'TV', subs: { sd: 5030, hd: 5040, uhd: 5045 } },
	other: { id: 8000, name: 'Other', subs: null }
} as const;

export const SUB_CATEGORY_NAMES: Record<QualityTier, string> = { sd: 'SD', hd: 'HD', uhd: 'UHD' };

const VIDEO_WORDS =
	/\b(?:bluray|blu ray|bdrip|brrip|web dl|webdl|webrip|web|hdrip|hdtv|dvdrip|remux|x264|x265|h 264|h 265|h264|h265|hevc|avc|xvid|divx|hdr|dv|atmos)\b/;

/**
 * The categories of a release: a parent (Movies, TV, Other) and, when the quality is known, its
 * SD/HD/UHD subcategory. `kind` is what the client asked for (tvsearch, movie), which beats guessing.
 */
export function guessCategories(name: string | null, kind: 'tv' | 'movie' | null): number[] {
	const marks = readEpisodeMarks(name);
	const quality = guessQuality(name);
	const parent =
		kind === 'tv' || (kind === null && marks.kind !== 'none')
			? CATEGORIES.tv
			: kind === 'movie' || quality || VIDEO_WORDS.test(words(name ?? ''))
				? CATEGORIES.movies
				: CATEGORIES.other;
	if (!parent.subs || !quality) return [parent.id];
	return [parent.id, parent.subs[quality.tier]];
}

// The release-name reader this server used before src/lib/server/release (six resolution regexes and an
// episode-mark reader), frozen as it was so that the benchmark compares the parse with what it replaced;
// only the two readers the benchmark scores are kept.

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

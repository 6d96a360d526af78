// What a person wants from a search (resolutions, exclusions, size range, languages, order, results per
// resolution): the words, the defaults and the text form every face (page, basic page, JSON, NDJSON,
// Stremio, saved searches) and the browser share. Reading them from text is preference-parser.ts's job:
// this module loads no zod, so the home page, which only shows the fields, renders without it.
import type { Resolution } from './release.ts';

/**
 * What `exclude` can leave out. `cam` is every recording made in a cinema (CAM, TS/telesync, TC/telecine);
 * `scr` (screeners, often a decent picture) is a word of its own, as Torrentio keeps them apart.
 */
export const EXCLUSIONS = ['cam', 'scr', '3d', 'hdr', 'dv', 'remux', 'x265', 'unknown'] as const;
export type Exclusion = (typeof EXCLUSIONS)[number];

export const SORTS = ['best', 'seeders', 'size', 'newest'] as const;
export type Sort = (typeof SORTS)[number];

/** The most results per resolution a request may ask to keep. */
export const MAX_PER_RESOLUTION = 100;

export interface Preferences {
	/** Resolutions wanted, best liked first; empty: every resolution (unknown included). */
	res: Resolution[];
	exclude: Exclusion[];
	/** Bounds in bytes; null: none. A bound leaves out only results whose size is known to be outside it. */
	minsize: number | null;
	maxsize: number | null;
	/** ISO 639-1 codes, best liked first: results in one of them rank first. */
	lang: string[];
	sort: Sort;
	/** Results kept per resolution (unknown counts as one); null: all. */
	perres: number | null;
}

export const DEFAULT_PREFERENCES: Preferences = Object.freeze({
	res: [],
	exclude: [],
	minsize: null,
	maxsize: null,
	lang: [],
	sort: 'best',
	perres: null
}) as Preferences;

/** The parameter names, in the order a URL or a Stremio configuration writes them. */
export const PREFERENCE_KEYS = ['res', 'exclude', 'minsize', 'maxsize', 'lang', 'sort', 'perres'] as const;

/** The words of a comma-separated list as an address carries it: trimmed, lowercased, each once, in order. */
export function listedWords(text: string): string[] {
	return [
		...new Set(
			text
				.split(',')
				.map((word) => word.trim().toLowerCase())
				.filter(Boolean)
		)
	];
}

/** Bytes per unit of a size bound: decimal units as disks are sold, binary ones (KiB…TiB) as clients show them. */
export const SIZE_UNITS: Record<string, number> = {
	b: 1,
	kb: 1e3,
	mb: 1e6,
	gb: 1e9,
	tb: 1e12,
	kib: 1024,
	mib: 1024 ** 2,
	gib: 1024 ** 3,
	tib: 1024 ** 4
};

/** A size as the shortest exact text the parser reads back (`8GB`, `700MB`, `1536MiB`). */
export function formatSizeBound(bytes: number): string {
	for (const unit of ['TB', 'GB', 'MB', 'KB', 'GiB', 'MiB', 'KiB'] as const) {
		const factor = SIZE_UNITS[unit.toLowerCase()]!;
		if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${unit}`;
	}
	return `${bytes}B`;
}

/** The preferences that differ from the defaults, as text pairs in the schema's key order. */
export function preferenceEntries(preferences: Preferences): [string, string][] {
	const entries: [string, string][] = [];
	if (preferences.res.length) entries.push(['res', preferences.res.join(',')]);
	if (preferences.exclude.length) entries.push(['exclude', preferences.exclude.join(',')]);
	if (preferences.minsize !== null) entries.push(['minsize', formatSizeBound(preferences.minsize)]);
	if (preferences.maxsize !== null) entries.push(['maxsize', formatSizeBound(preferences.maxsize)]);
	if (preferences.lang.length) entries.push(['lang', preferences.lang.join(',')]);
	if (preferences.sort !== 'best') entries.push(['sort', preferences.sort]);
	if (preferences.perres !== null) entries.push(['perres', String(preferences.perres)]);
	return entries;
}

/** Writes the preferences that differ from the defaults into a query string (and removes the others). */
export function writePreferences(params: URLSearchParams, preferences: Preferences): URLSearchParams {
	for (const key of PREFERENCE_KEYS) params.delete(key);
	for (const [key, value] of preferenceEntries(preferences)) params.set(key, value);
	return params;
}

/** The Stremio configuration segment for these preferences and engines (`res=1080p|exclude=cam`), or ''. */
export function stremioConfigSegment(preferences: Preferences, engines?: readonly string[]): string {
	const pairs = preferenceEntries(preferences).map(([key, value]) => `${key}=${value}`);
	if (engines && engines.length > 0) pairs.push(`engines=${engines.join(',')}`);
	return pairs.join('|');
}

/** Whether any preference leaves results out (an order alone does not). */
export function filtersResults(preferences: Preferences): boolean {
	return (
		preferences.res.length > 0 ||
		preferences.exclude.length > 0 ||
		preferences.minsize !== null ||
		preferences.maxsize !== null ||
		preferences.perres !== null
	);
}

// The one order results are shown in, on every face and in the browser as they stream: quality as the
// person prefers it (preferred languages first, then wanted resolutions in their order), then health (live
// seeders, then unknown), then fit to the query; a dead torrent (nobody seeds it) comes after every other,
// whatever its quality, since it will not download. And the preferences' filters.
import type { Preferences } from './preferences.ts';
import { DEFAULT_PREFERENCES } from './preferences.ts';
import { RESOLUTIONS, type Resolution } from './release.ts';
import { seedersOrder, type Result } from './search-events.ts';

function words(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

/** Share of the query's words that appear in the name, 0 to 1. */
export function nameMatch(query: string, name: string | null): number {
	const wanted = words(query);
	if (wanted.length === 0 || !name) return 0;
	const have = new Set(words(name));
	return wanted.filter((word) => have.has(word)).length / wanted.length;
}

// Release names say 3D as `3D`, or by its frame packing: side by side (SBS, H-SBS) or over-under (OU, H-OU).
const THREE_D = /(?:^|[^\p{L}\p{N}])(?:3d|h-?sbs|half-?sbs|sbs|h-?ou|half-?ou)(?:$|[^\p{L}\p{N}])/iu;
const CINEMA_RECORDINGS = new Set(['CAM', 'TS', 'TC']);

/** Whether the preferences keep a result (resolutions, exclusions, size); `perres` is applied on a list. */
export function isWanted(result: Result, preferences: Preferences): boolean {
	const release = result.release;
	const resolution = release?.resolution ?? null;
	if (preferences.res.length > 0 && (resolution === null || !preferences.res.includes(resolution)))
		return false;
	for (const exclusion of preferences.exclude) {
		switch (exclusion) {
			case 'cam':
				if (release?.source && CINEMA_RECORDINGS.has(release.source)) return false;
				break;
			case 'scr':
				if (release?.source === 'SCR') return false;
				break;
			case '3d':
				if (result.name && THREE_D.test(result.name)) return false;
				break;
			case 'hdr':
				if (release?.hdr.some((format) => format !== 'DV')) return false;
				break;
			case 'dv':
				if (release?.hdr.includes('DV')) return false;
				break;
			case 'remux':
				if (release?.source === 'Remux') return false;
				break;
			case 'x265':
				if (release?.codec === 'x265') return false;
				break;
			case 'unknown':
				if (resolution === null) return false;
				break;
		}
	}
	if (result.size !== null) {
		if (preferences.minsize !== null && result.size < preferences.minsize) return false;
		if (preferences.maxsize !== null && result.size > preferences.maxsize) return false;
	}
	return true;
}

/** Lower is better: the place of its resolution among those wanted (or best first), unknown last. */
function resolutionPlace(resolution: Resolution | null, preferences: Preferences): number {
	if (resolution === null) return RESOLUTIONS.length;
	const wanted = preferences.res.indexOf(resolution);
	return preferences.res.length > 0 && wanted !== -1 ? wanted : RESOLUTIONS.indexOf(resolution);
}

/** Lower is better: the place of its best preferred language; none of them after all that have one. */
function languagePlace(result: Result, preferences: Preferences): number {
	let best = preferences.lang.length;
	for (const language of result.release?.languages ?? []) {
		const at = preferences.lang.indexOf(language);
		if (at !== -1 && at < best) best = at;
	}
	return best;
}

interface Keyed {
	result: Result;
	dead: number;
	language: number;
	resolution: number;
	/** A recording made in a cinema or a screener: worse than any release of the same resolution. */
	poorSource: number;
	health: number;
	fit: number;
}

function keyed(result: Result, query: string, preferences: Preferences): Keyed {
	const source = result.release?.source ?? null;
	return {
		result,
		dead: result.seeders === 0 ? 1 : 0,
		language: languagePlace(result, preferences),
		resolution: resolutionPlace(result.release?.resolution ?? null, preferences),
		poorSource: source !== null && (CINEMA_RECORDINGS.has(source) || source === 'SCR') ? 1 : 0,
		health: seedersOrder(result.seeders),
		fit: nameMatch(query, result.name)
	};
}

function best(a: Keyed, b: Keyed): number {
	return (
		a.resolution - b.resolution ||
		a.poorSource - b.poorSource ||
		b.health - a.health ||
		b.fit - a.fit ||
		b.result.sources.length - a.result.sources.length
	);
}

const ORDERS: Record<Preferences['sort'], (a: Keyed, b: Keyed) => number> = {
	best,
	seeders: (a, b) => b.health - a.health || best(a, b),
	size: (a, b) => (b.result.size ?? -1) - (a.result.size ?? -1) || best(a, b),
	newest: (a, b) => (b.result.release?.year ?? -1) - (a.result.release?.year ?? -1) || best(a, b)
};

/**
 * Results in the order the preferences ask for; dead torrents last, and before them preferred languages
 * come first whatever the order. Ties
 * end on the infohash, so the same results give the same order however they arrived.
 */
export function rankResults(
	query: string,
	results: readonly Result[],
	preferences: Preferences = DEFAULT_PREFERENCES
): Result[] {
	const order = ORDERS[preferences.sort];
	return results
		.map((result) => keyed(result, query, preferences))
		.sort(
			(a, b) =>
				a.dead - b.dead ||
				a.language - b.language ||
				order(a, b) ||
				(a.result.infohash < b.result.infohash ? -1 : a.result.infohash > b.result.infohash ? 1 : 0)
		)
		.map(({ result }) => result);
}

/** The key `perres` counts by: a resolution, or `unknown`. */
export function resolutionKey(result: Result): Resolution | 'unknown' {
	return result.release?.resolution ?? 'unknown';
}

export interface Preferred {
	/** Kept, ranked. */
	shown: Result[];
	/** How many the preferences left out. */
	hidden: number;
}

/** Filters, ranks and keeps `perres` of each resolution: what every face shows for these preferences. */
export function applyPreferences(
	query: string,
	results: readonly Result[],
	preferences: Preferences
): Preferred {
	const ranked = rankResults(
		query,
		results.filter((result) => isWanted(result, preferences)),
		preferences
	);
	let shown = ranked;
	if (preferences.perres !== null) {
		const kept = new Map<string, number>();
		shown = ranked.filter((result) => {
			const key = resolutionKey(result);
			const count = kept.get(key) ?? 0;
			kept.set(key, count + 1);
			return count < preferences.perres!;
		});
	}
	return { shown, hidden: results.length - shown.length };
}

/** How many results of each resolution there are, best resolution first, unknown last; none of a kind is left out. */
export function countByResolution(
	results: readonly Result[]
): { resolution: Resolution | 'unknown'; count: number }[] {
	const counts = new Map<Resolution | 'unknown', number>();
	for (const result of results)
		counts.set(resolutionKey(result), (counts.get(resolutionKey(result)) ?? 0) + 1);
	return [...RESOLUTIONS, 'unknown' as const]
		.filter((key) => counts.has(key))
		.map((resolution) => ({ resolution, count: counts.get(resolution)! }));
}

// A search for a known title (Stremio and Torznab name one by IMDb id): engines that take an IMDb id ask
// by the id, which finds exactly that film or show (EZTV's API, YTS), and every other engine by the
// title's text; the answers merged into one ranked list, whole or as far as they got by a given time.
import type { EngineId } from '#lib/engine-ids.ts';
import type { Result, SearchSummary } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { getEngine } from '#lib/server/engines/index.ts';
import { finishInBackground } from '#lib/server/lifecycle.ts';
import { gatherSearch, type Gathering } from './collect.ts';

export interface TitleSearch {
	/** The texts to search for, e.g. `Silo S03E06` and `Silo S03`. */
	texts: string[];
	imdbId: string;
	type: 'movie' | 'series';
	engines?: EngineId[];
	signal?: AbortSignal;
}

/** Which engines get the id and which the text, out of the enabled ones. */
export function splitEngines(type: 'movie' | 'series', enabled: EngineId[]) {
	const byId = enabled.filter((id) => getEngine(id).imdbIdSearch === type);
	return { byId, byText: enabled.filter((id) => !byId.includes(id)) };
}

function gatherTitle(search: TitleSearch, signal: AbortSignal | undefined): Gathering[] {
	const { byId, byText } = splitEngines(search.type, search.engines ?? config.defaultEngines);
	return [
		...(byId.length > 0 ? [gatherSearch(search.imdbId, { engines: byId, signal })] : []),
		...(byText.length > 0 ? search.texts.map((text) => gatherSearch(text, { engines: byText, signal })) : [])
	];
}

/** Every result of the searches, once each, in the order the searches ranked them. */
function merged(summaries: SearchSummary[]): Result[] {
	const seen = new Set<string>();
	return summaries
		.flatMap((summary) => summary.results)
		.filter((result) => !seen.has(result.infohash) && seen.add(result.infohash));
}

/** Every result of the title's searches, once each, in the order the searches ranked them. */
export async function collectTitleSearch(search: TitleSearch): Promise<Result[]> {
	return merged(await Promise.all(gatherTitle(search, search.signal).map((gathering) => gathering.finished)));
}

/**
 * What the title's searches found by `answerBy` (a `performance.now()` time), or all of it if they end
 * sooner; `complete` says which. The searches go on to their end whether or not the asker waits, so they
 * land in the state store and the next ask is answered whole, at once; a shutdown waits for them.
 */
export async function titleSearchBy(
	search: Omit<TitleSearch, 'signal'>,
	answerBy: number
): Promise<{ results: Result[]; complete: boolean }> {
	const gatherings = gatherTitle(search, undefined);
	const all = Promise.all(gatherings.map((gathering) => gathering.finished));
	let timer: ReturnType<typeof setTimeout> | undefined;
	const due = new Promise<null>((resolve) => {
		timer = setTimeout(() => resolve(null), Math.max(0, answerBy - performance.now()));
	});
	const whole = await Promise.race([all, due]).finally(() => clearTimeout(timer));
	if (whole) return { results: merged(whole), complete: true };
	// Past its deadline a search ends by itself; the margin covers storing what it found.
	finishInBackground(all, config.searchTimeoutMs + 5_000);
	return { results: merged(gatherings.map((gathering) => gathering.sofar())), complete: false };
}

// A search for a known title (Stremio and Torznab name one by IMDb id): engines that take an IMDb id ask
// by the id, which finds exactly that film or show (EZTV's API, YTS), and every other engine by the
// title's text; the answers merged into one ranked list.
import type { EngineId } from '#lib/engine-ids.ts';
import type { Result } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { getEngine } from '#lib/server/engines/index.ts';
import { collectSearch } from './collect.ts';
import { torznabTitleQuery } from './torznab-caps.ts';

export interface TitleSearch {
	/** The texts to search for, e.g. `Silo S03E06` and `Silo S03`. */
	texts: string[];
	imdbId: string;
	type: 'movie' | 'series';
	/** The episode of a series asked for, which a Torznab source that takes season and ep is asked by. */
	season?: number;
	episode?: number;
	engines?: EngineId[];
	signal?: AbortSignal;
}

/** Which engines get the id and which the text, out of the enabled ones. */
export function splitEngines(type: 'movie' | 'series', enabled: EngineId[]) {
	const byId = enabled.filter((id) => getEngine(id).imdbIdSearch === type);
	return { byId, byText: enabled.filter((id) => !byId.includes(id)) };
}

/** Every result of the title's searches, once each, in the order the searches ranked them. */
export async function collectTitleSearch(search: TitleSearch): Promise<Result[]> {
	const split = splitEngines(search.type, search.engines ?? config.defaultEngines);
	const { byId } = split;
	const { signal } = search;
	// Torznab sources whose caps take the id are asked by it, each its own query; the others by text.
	const torznabQueries = await Promise.all(split.byText.map((id) => torznabTitleQuery(id, search, signal)));
	const byTorznabId = split.byText.flatMap((id, at) =>
		torznabQueries[at] ? [[id, torznabQueries[at]] as const] : []
	);
	const byText = split.byText.filter((_, at) => !torznabQueries[at]);
	const summaries = await Promise.all([
		...(byId.length > 0 ? [collectSearch(search.imdbId, { engines: byId, signal })] : []),
		...byTorznabId.map(([id, query]) => collectSearch(query, { engines: [id], signal })),
		...(byText.length > 0 ? search.texts.map((text) => collectSearch(text, { engines: byText, signal })) : [])
	]);
	const seen = new Set<string>();
	return summaries
		.flatMap((summary) => summary.results)
		.filter((result) => !seen.has(result.infohash) && seen.add(result.infohash));
}

// A search for a known title (Stremio and Torznab name one by IMDb id): engines that take an IMDb id ask
// by the id, which finds exactly that film or show (EZTV's API, YTS), and every other engine by the
// title's text; the answers merged into one ranked list.
import type { EngineId } from '#lib/engine-ids.ts';
import type { Result } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { getEngine } from '#lib/server/engines/index.ts';
import { collectSearch } from './collect.ts';

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

/** Every result of the title's searches, once each, in the order the searches ranked them. */
export async function collectTitleSearch(search: TitleSearch): Promise<Result[]> {
	const { byId, byText } = splitEngines(search.type, search.engines ?? config.defaultEngines);
	const { signal } = search;
	const summaries = await Promise.all([
		...(byId.length > 0 ? [collectSearch(search.imdbId, { engines: byId, signal })] : []),
		...(byText.length > 0 ? search.texts.map((text) => collectSearch(text, { engines: byText, signal })) : [])
	]);
	const seen = new Set<string>();
	return summaries
		.flatMap((summary) => summary.results)
		.filter((result) => !seen.has(result.infohash) && seen.add(result.infohash));
}

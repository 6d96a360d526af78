// A whole search gathered into one answer (the JSON API, Torznab, Stremio): the last state of every
// result, filtered and ranked by the request's preferences, with each engine's report; or, for an answer
// due before the search ends, what it has gathered so far.
import { DEFAULT_PREFERENCES, type Preferences } from '#lib/preferences.ts';
import { applyPreferences } from '#lib/ranking.ts';
import type { EngineReport, Result, SearchSummary } from '#lib/search-events.ts';
import { search, type SearchOptions } from './search.ts';

export interface CollectOptions extends SearchOptions {
	/** What to leave out and how to order; the defaults keep everything, best first. */
	preferences?: Preferences;
}

/** A search being read to its end: `sofar()` ranks what has arrived, `finished` the whole of it. */
export interface Gathering {
	sofar(): SearchSummary;
	finished: Promise<SearchSummary>;
}

export function gatherSearch(query: string, options: CollectOptions = {}): Gathering {
	const results = new Map<string, Result>();
	const engines: EngineReport[] = [];
	let elapsedMs = 0;
	const sofar = (): SearchSummary => ({
		query,
		results: applyPreferences(query, [...results.values()], options.preferences ?? DEFAULT_PREFERENCES).shown,
		engines: [...engines],
		elapsedMs
	});
	const read = async (): Promise<SearchSummary> => {
		for await (const event of search(query, options)) {
			if (event.type === 'result') {
				const { type: _, ...result } = event;
				results.set(result.infohash, result);
			} else if (event.type === 'engine') {
				const { type: _, ...report } = event;
				engines.push(report);
			} else if (event.type === 'done') {
				elapsedMs = event.elapsedMs;
			}
		}
		return sofar();
	};
	return { sofar, finished: read() };
}

export function collectSearch(query: string, options: CollectOptions = {}): Promise<SearchSummary> {
	return gatherSearch(query, options).finished;
}

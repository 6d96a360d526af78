// A whole search gathered into one answer (the JSON API, Torznab, Stremio): the last state of every
// result, ranked, with each engine's report; or, for an answer due before the search ends, what it has
// gathered so far.
import type { EngineReport, Result, SearchSummary } from '#lib/search-events.ts';
import { rankResults } from './rank.ts';
import { search, type SearchOptions } from './search.ts';

/** A search being read to its end: `sofar()` ranks what has arrived, `finished` the whole of it. */
export interface Gathering {
	sofar(): SearchSummary;
	finished: Promise<SearchSummary>;
}

export function gatherSearch(query: string, options: SearchOptions = {}): Gathering {
	const results = new Map<string, Result>();
	const engines: EngineReport[] = [];
	let elapsedMs = 0;
	const sofar = (): SearchSummary => ({
		query,
		results: rankResults(query, [...results.values()]),
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

export function collectSearch(query: string, options: SearchOptions = {}): Promise<SearchSummary> {
	return gatherSearch(query, options).finished;
}

// A whole search gathered into one answer (the JSON API, Torznab, Stremio): the last state of every
// result, ranked, with each engine's report.
import type { EngineReport, Result, SearchSummary } from '#lib/search-events.ts';
import { rankResults } from './rank.ts';
import { search, type SearchOptions } from './search.ts';

export async function collectSearch(query: string, options: SearchOptions = {}): Promise<SearchSummary> {
	const results = new Map<string, Result>();
	const engines: EngineReport[] = [];
	let elapsedMs = 0;
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
	return { query, results: rankResults(query, [...results.values()]), engines, elapsedMs };
}

// A whole search gathered into one answer (the JSON API, Torznab, Stremio): the last state of every
// result, filtered and ranked by the request's preferences, with each engine's report.
import { DEFAULT_PREFERENCES, type Preferences } from '#lib/preferences.ts';
import { applyPreferences } from '#lib/ranking.ts';
import type { EngineReport, Result, SearchSummary } from '#lib/search-events.ts';
import { search, type SearchOptions } from './search.ts';

export interface CollectOptions extends SearchOptions {
	/** What to leave out and how to order; the defaults keep everything, best first. */
	preferences?: Preferences;
}

export async function collectSearch(query: string, options: CollectOptions = {}): Promise<SearchSummary> {
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
	const { shown } = applyPreferences(
		query,
		[...results.values()],
		options.preferences ?? DEFAULT_PREFERENCES
	);
	return { query, results: shown, engines, elapsedMs };
}

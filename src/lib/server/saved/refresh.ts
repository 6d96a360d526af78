// A saved search asked again (a feed poll): the search core answers, from the state store within
// CACHE_TTL_SECONDS or live, and every result is recorded as seen, so that its first sighting stays its
// date in the feed and the home page can tell what is new.
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import type { Result } from '#lib/search-events.ts';
import { collectSearch } from '#lib/server/search/collect.ts';
import { parseSearchParams } from '#lib/server/search/params.ts';
import { readSavedPreferences } from './preferences.ts';
import { recordSeen, type SavedSearch } from './saved-searches.ts';
import { savedSearchParams } from './saved-address.ts';

export interface RefreshedResult {
	result: Result;
	firstSeen: Date;
}

/**
 * The saved search's results with their first sightings; an error when it cannot be run as saved (the
 * operator has since turned off an engine it names). Its parameters are read as every face reads them.
 */
export async function refreshSaved(
	saved: SavedSearch,
	signal?: AbortSignal
): Promise<Outcome<RefreshedResult[]>> {
	const params = parseSearchParams(savedSearchParams(saved));
	if (!params.ok) return fail(params.error);
	const preferences = readSavedPreferences(saved.preferences);
	if (!preferences.ok) return fail(preferences.error);
	const summary = await collectSearch(params.value.query, {
		engines: params.value.engines,
		signal,
		preferences: preferences.value
	});
	if (signal?.aborted) return ok([]);
	const record = await recordSeen(
		saved.id,
		summary.results.map((result) => result.infohash)
	);
	return ok(
		summary.results.map((result) => ({
			result,
			firstSeen: new Date(record.hashes[result.infohash] ?? Date.now())
		}))
	);
}

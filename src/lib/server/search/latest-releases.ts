// The latest releases of the enabled indexes, from their own "latest uploads" listings (apibay's recent
// list and categories, EZTV's API, YTS's newest films, Nyaa's RSS): what a Torznab request with nothing
// to search gets, as Jackett's indexers answer it, so that Sonarr, Radarr and Prowlarr can test and RSS-sync
// a server that has never searched anything.
import type { EngineId } from '#lib/engine-ids.ts';
import type { EngineStatus, Result } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { engineUrl, isEngineAvailable } from '#lib/server/engines/endpoint.ts';
import { getEngine } from '#lib/server/engines/index.ts';
import type { LatestKind } from '#lib/server/engines/types.ts';
import { askEngine, type EngineAnswerReport } from './ask-engine.ts';
import { ResultSet } from './merge.ts';

export interface LatestReleases {
	results: Result[];
	/** When each result was uploaded, by infohash, where its index said (ms since 1970). */
	published: Map<string, number>;
	/** Each asked engine's outcome, for the feed's description and logs. */
	engines: { id: EngineId; status: EngineStatus; error: string | null }[];
}

/**
 * Listings change by the minute, yet three clients' RSS syncs and their tests ask within seconds of each
 * other: an answer is reused for a while, checked lazily (no timer keeps an idle process alive).
 */
const REUSE_MS = 5 * 60_000;
const reused = new Map<string, { at: number; answer: LatestReleases }>();

async function askListings(
	id: EngineId,
	kind: LatestKind,
	signal: AbortSignal | undefined,
	results: ResultSet,
	published: Map<string, number>
): Promise<LatestReleases['engines'][number]> {
	const requests = getEngine(id).latestRequests?.(kind, engineUrl(id)) ?? [];
	let answer: EngineAnswerReport;
	try {
		answer = await askEngine(id, requests, { signal, timeoutMs: config.searchTimeoutMs });
	} catch (error) {
		console.error(`latest releases: engine ${id} threw:`, error);
		return { id, status: 'error', error: 'internal error' };
	}
	for (const sighting of answer.sightings) {
		results.add(sighting, { engine: id, page: sighting.page ?? null });
		const key = sighting.infohash.toLowerCase();
		// the earliest upload any index knows is the release's own
		if (sighting.published && sighting.published < (published.get(key) ?? Infinity)) {
			published.set(key, sighting.published);
		}
	}
	return { id, status: answer.status, error: answer.error };
}

/** The enabled engines that have a listing of latest uploads for this kind. */
export function latestEngines(kind: LatestKind, enabled: EngineId[] = config.defaultEngines): EngineId[] {
	return enabled.filter(
		(id) => isEngineAvailable(id) && (getEngine(id).latestRequests?.(kind, engineUrl(id)).length ?? 0) > 0
	);
}

/** Asks every enabled index's listing at once; one that fails only shows as its status. */
export async function latestReleases(
	kind: LatestKind,
	options: { signal?: AbortSignal } = {}
): Promise<LatestReleases> {
	const ids = latestEngines(kind);
	const key = `${kind}:${ids.join(',')}`;
	const kept = reused.get(key);
	if (kept && Date.now() - kept.at < REUSE_MS) return kept.answer;
	const results = new ResultSet();
	const published = new Map<string, number>();
	const engines = await Promise.all(
		ids.map((id) => askListings(id, kind, options.signal, results, published))
	);
	const answer = { results: results.results(), published, engines };
	// an answer cut short by the client going away, or with nothing in it, is not kept
	if (!options.signal?.aborted && answer.results.length > 0) reused.set(key, { at: Date.now(), answer });
	return answer;
}

export function forgetLatest(): void {
	reused.clear();
}

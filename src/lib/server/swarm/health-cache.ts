// What the swarm said about a torrent, kept in the state store (STATE_DIR or REDIS_URL) so that a repeat
// search, in this process or the next, need not ask again: health briefly (it changes by the minute),
// metadata for a day (a torrent's files never change), and which trackers did not answer, for half an hour,
// so that no search waits for them again meanwhile.
import { z } from '#lib/zod.ts';
import type { Result } from '#lib/search-events.ts';
import { stateNamespace, type StateNamespace } from '#lib/server/state/state.ts';
import type { SwarmCounts } from './udp-tracker.ts';

export interface TorrentMetadata {
	name: string | null;
	size: number;
	files: NonNullable<Result['files']>;
}

/** Reads never throw and answer null when absent; writes never throw (the store's contract). */
export interface HealthCache {
	health(infohash: string): Promise<SwarmCounts | null>;
	setHealth(infohash: string, counts: SwarmCounts): Promise<void>;
	metadata(infohash: string): Promise<TorrentMetadata | null>;
	setMetadata(infohash: string, metadata: TorrentMetadata): Promise<void>;
	/** The tracker (its announce URL) did not answer lately: not worth asking or waiting for. */
	trackerSilent(url: string): Promise<boolean>;
	setTrackerSilent(url: string): Promise<void>;
}

export const HEALTH_TTL_MS = 5 * 60_000;
export const METADATA_TTL_MS = 24 * 60 * 60_000;
/** Long enough to spare the searches of an evening, short enough that a tracker back up is asked again. */
export const SILENT_TRACKER_TTL_MS = 30 * 60_000;

const count = z.number().check(z.int(), z.nonnegative());
const healthSchema = z.object({ seeders: count, leechers: count });
const metadataSchema = z.object({
	name: z.nullable(z.string()),
	size: count,
	files: z.array(z.object({ path: z.string(), size: count }))
});

function cacheOver(
	health: StateNamespace<SwarmCounts>,
	metadata: StateNamespace<TorrentMetadata>,
	silent: StateNamespace<true>
): HealthCache {
	return {
		health: async (infohash) => (await health.get(infohash)) ?? null,
		setHealth: (infohash, counts) => health.set(infohash, counts, HEALTH_TTL_MS),
		metadata: async (infohash) => (await metadata.get(infohash)) ?? null,
		setMetadata: (infohash, value) => metadata.set(infohash, value, METADATA_TTL_MS),
		trackerSilent: async (url) => (await silent.get(url)) === true,
		setTrackerSilent: (url) => silent.set(url, true, SILENT_TRACKER_TTL_MS)
	};
}

/** The cache in the app's state store; counts are a few bytes each, metadata carries file lists. */
export function storedHealthCache(): HealthCache {
	return cacheOver(
		stateNamespace('swarm-health', { schema: healthSchema, maxEntries: 20_000 }),
		stateNamespace('swarm-metadata', { schema: metadataSchema, maxEntries: 2_000 }),
		// A search asks 24 trackers at most, and magnets name the same few hundred again and again.
		stateNamespace('silent-trackers', { schema: z.literal(true), maxEntries: 1_000 })
	);
}

/** A cache that forgets everything: for tests that must ask the swarm each time. */
export const noHealthCache: HealthCache = {
	health: async () => null,
	setHealth: async () => {},
	metadata: async () => null,
	setMetadata: async () => {},
	trackerSilent: async () => false,
	setTrackerSilent: async () => {}
};

// What the swarm said about a torrent, kept for a while so a repeat search does not ask again: health
// briefly (it changes by the minute), metadata for long (a torrent's files never change). In memory for
// now; expiry is checked on read, so nothing here keeps an idle process alive.
import type { Result } from '#lib/search-events.ts';
import type { SwarmCounts } from './udp-tracker.ts';

export interface TorrentMetadata {
	name: string | null;
	size: number;
	files: NonNullable<Result['files']>;
}

/** The seam a shared state store (STATE_DIR, REDIS_URL) plugs into. */
export interface HealthCache {
	health(infohash: string): SwarmCounts | null;
	setHealth(infohash: string, counts: SwarmCounts): void;
	metadata(infohash: string): TorrentMetadata | null;
	setMetadata(infohash: string, metadata: TorrentMetadata): void;
}

class Expiring<T> {
	readonly #entries = new Map<string, { value: T; expires: number }>();
	constructor(
		readonly ttlMs: number,
		readonly maxEntries: number
	) {}

	get(key: string): T | null {
		const entry = this.#entries.get(key);
		if (!entry) return null;
		if (entry.expires <= Date.now()) {
			this.#entries.delete(key);
			return null;
		}
		return entry.value;
	}

	set(key: string, value: T): void {
		this.#entries.delete(key);
		this.#entries.set(key, { value, expires: Date.now() + this.ttlMs });
		if (this.#entries.size > this.maxEntries)
			this.#entries.delete(this.#entries.keys().next().value as string);
	}
}

export function memoryHealthCache(options: { healthTtlMs: number; metadataTtlMs: number }): HealthCache {
	// Counts are a few bytes each; metadata carries file lists, so fewer of them.
	const health = new Expiring<SwarmCounts>(options.healthTtlMs, 20_000);
	const metadata = new Expiring<TorrentMetadata>(options.metadataTtlMs, 2_000);
	return {
		health: (infohash) => health.get(infohash),
		setHealth: (infohash, counts) => health.set(infohash, counts),
		metadata: (infohash) => metadata.get(infohash),
		setMetadata: (infohash, value) => metadata.set(infohash, value)
	};
}

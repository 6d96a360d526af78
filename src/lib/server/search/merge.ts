// One result per infohash: every sighting of a magnet adds what it knew (name, trackers, size, peers,
// where it was seen), and the merged result is rebuilt as a normalised magnet.
import type { Result, Source } from '#lib/search-events.ts';
import type { Sighting } from './sighting.ts';
import { buildMagnet } from '#lib/server/magnet/magnet.ts';

/** Trackers beyond this many add nothing a client needs and bloat every magnet. */
const MAX_TRACKERS = 30;
/** As long as a magnet's dn may be: engines' JSON and .torrent files can claim any name at all. */
const MAX_NAME_LENGTH = 1024;

interface Entry {
	result: Result;
	btmh: string | null;
}

function betterName(current: string | null, candidate: string | null | undefined): string | null {
	const name = candidate?.trim().slice(0, MAX_NAME_LENGTH).trim();
	if (!name) return current;
	return current ?? name;
}

function maxKnown(a: number | null, b: number | null | undefined): number | null {
	if (b === undefined || b === null || !Number.isFinite(b) || b < 0) return a;
	return a === null ? b : Math.max(a, b);
}

export class ResultSet {
	#entries = new Map<string, Entry>();

	get size(): number {
		return this.#entries.size;
	}

	/** Adds a sighting; returns the merged result when it is new or grew, null when it taught nothing. */
	add(sighting: Sighting & { btmh?: string | null }, source: Source): Result | null {
		const key = sighting.infohash.toLowerCase();
		const entry = this.#entries.get(key);
		const before = entry ? JSON.stringify(entry.result) : null;
		const result: Result = entry?.result ?? {
			infohash: key,
			name: null,
			magnet: '',
			trackers: [],
			size: null,
			seeders: null,
			leechers: null,
			sources: []
		};
		const btmh = entry?.btmh ?? sighting.btmh ?? null;

		result.name = betterName(result.name, sighting.name);
		for (const tracker of sighting.trackers ?? []) {
			if (result.trackers.length >= MAX_TRACKERS) break;
			if (!result.trackers.includes(tracker)) result.trackers.push(tracker);
		}
		if (result.size === null && sighting.size && sighting.size > 0) result.size = sighting.size;
		result.seeders = maxKnown(result.seeders, sighting.seeders);
		result.leechers = maxKnown(result.leechers, sighting.leechers);
		if (!result.sources.some((known) => known.engine === source.engine && known.page === source.page)) {
			result.sources.push(source);
		}
		const v1 = key.length === 40 ? key : null;
		result.magnet = buildMagnet({
			infohash: v1,
			btmh: v1 ? btmh : key,
			name: result.name,
			trackers: result.trackers,
			size: result.size
		});

		this.#entries.set(key, { result, btmh });
		return JSON.stringify(result) === before ? null : structuredClone(result);
	}

	results(): Result[] {
		return [...this.#entries.values()].map((entry) => entry.result);
	}
}

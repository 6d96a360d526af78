// One result per infohash: every sighting of a magnet adds what it knew (name, trackers, size, peers,
// files, where it was seen), the swarm adds live health and metadata, and the merged result is rebuilt
// as a normalised magnet.
import { MAX_RESULT_FILES, type Result, type ResultFile, type Source } from '#lib/search-events.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import { buildMagnet } from '#lib/server/magnet/magnet.ts';
import { parseRelease } from '#lib/server/release/parse-release.ts';

/** Trackers beyond this many add nothing a client needs and bloat every magnet. */
const MAX_TRACKERS = 30;
/** As long as a magnet's dn may be: engines' JSON and .torrent files can claim any name at all. */
const MAX_NAME_LENGTH = 1024;

interface Entry {
	result: Result;
	btmh: string | null;
	/** Counts the sightings claimed; the swarm's live counts replace them once a tracker answers. */
	claimed: { seeders: number | null; leechers: number | null };
	swarm: { seeders: number; leechers: number } | null;
}

/** What the swarm said about one torrent: live counts from its trackers, or its metadata. */
export type SwarmNews =
	{ seeders: number; leechers: number } | { name: string | null; size: number; files: ResultFile[] };

/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a substring as a view
 * of its parent, so a name cut from a 2 MiB page would keep the whole page alive as long as the result.
 */
function detached(text: string): string {
	// A round trip through JSON makes a new string; through a Buffer took twice as long (four times in a
	// woken process, on its first answer's ~1000 names and trackers).
	return JSON.parse(JSON.stringify(text)) as string;
}

function betterName(current: string | null, candidate: string | null | undefined): string | null {
	if (current) return current;
	const name = candidate?.trim().slice(0, MAX_NAME_LENGTH).trim();
	return name ? detached(name) : current;
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
	add(sighting: Sighting, source: Source): Result | null {
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
			files: null,
			sources: [],
			release: null
		};
		const btmh = entry?.btmh ?? sighting.btmh ?? null;
		const claimed = entry?.claimed ?? { seeders: null, leechers: null };
		const swarm = entry?.swarm ?? null;

		this.#name(result, betterName(result.name, sighting.name));
		for (const tracker of sighting.trackers ?? []) {
			if (result.trackers.length >= MAX_TRACKERS) break;
			if (!result.trackers.includes(tracker)) result.trackers.push(detached(tracker));
		}
		if (result.size === null && sighting.size && sighting.size > 0) result.size = sighting.size;
		if (result.files === null && sighting.files) result.files = sighting.files.slice(0, MAX_RESULT_FILES);
		claimed.seeders = maxKnown(claimed.seeders, sighting.seeders);
		claimed.leechers = maxKnown(claimed.leechers, sighting.leechers);
		result.seeders = swarm ? swarm.seeders : claimed.seeders;
		result.leechers = swarm ? swarm.leechers : claimed.leechers;
		if (!result.sources.some((known) => known.engine === source.engine && known.page === source.page)) {
			result.sources.push(source);
		}
		this.#rebuildMagnet(result, btmh);
		this.#entries.set(key, { result, btmh, claimed, swarm });
		return JSON.stringify(result) === before ? null : structuredClone(result);
	}

	/**
	 * Adds what the swarm said: live counts replace what sources claimed (they are newer and first-hand);
	 * metadata fills the files, the size and a missing name. Returns the result when it changed.
	 */
	learn(infohash: string, news: SwarmNews): Result | null {
		const entry = this.#entries.get(infohash);
		if (!entry) return null;
		const { result } = entry;
		const before = JSON.stringify(result);
		if ('files' in news) {
			result.files = news.files.slice(0, MAX_RESULT_FILES);
			result.size = news.size;
			this.#name(result, betterName(result.name, news.name));
			this.#rebuildMagnet(result, entry.btmh);
		} else {
			entry.swarm = { seeders: news.seeders, leechers: news.leechers };
			result.seeders = news.seeders;
			result.leechers = news.leechers;
		}
		return JSON.stringify(result) === before ? null : structuredClone(result);
	}

	/** Sets the best name, and reads its release once: only when the name is new. */
	#name(result: Result, name: string | null): void {
		if (name === result.name) return;
		result.name = name;
		result.release = name === null ? null : parseRelease(name);
	}

	#rebuildMagnet(result: Result, btmh: string | null): void {
		const v1 = result.infohash.length === 40 ? result.infohash : null;
		result.magnet = buildMagnet({
			infohash: v1,
			btmh: v1 ? btmh : result.infohash,
			name: result.name,
			trackers: result.trackers,
			size: result.size
		});
	}

	results(): Result[] {
		return [...this.#entries.values()].map((entry) => entry.result);
	}
}

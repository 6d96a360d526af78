// Swarm health for one search: scrapes each result's own trackers in batches while the harvest goes on,
// and hands torrents someone shares to the metadata queue (metadata-queue.ts), within budgets of sockets,
// trackers, peers and bytes (swarm-limits.ts); stops the moment its search does.
import type { Result } from '#lib/search-events.ts';
import { type Allowlist, type Resolve, Limiter } from '#lib/server/egress/index.ts';
import { allowedAddress } from './allowed-address.ts';
import type { HealthCache, TorrentMetadata } from './health-cache.ts';
import { httpAnnounce, httpScrape, MAX_HTTP_SCRAPE, type FetchBencoded } from './http-tracker.ts';
import { MetadataQueue, type QueuedTorrent } from './metadata-queue.ts';
import { SWARM_LIMITS } from './swarm-limits.ts';
import { parseTrackerUrl, type TrackerTarget } from './tracker-url.ts';
import {
	MAX_UDP_SCRAPE,
	udpAnnounce,
	udpScrape,
	type AnnounceEvent,
	type Peer,
	TrackerError,
	type SwarmCounts,
	type UdpTarget
} from './udp-tracker.ts';

export interface SwarmSettings {
	allowlist: Allowlist;
	resolve: Resolve;
	fetchBencoded: FetchBencoded;
	/** Tracker and peer sockets open at once, every search together. */
	sockets: Limiter;
	/** Budget of one tracker exchange or one peer's metadata. */
	timeoutMs: number;
	cache: HealthCache;
	peerId: Buffer;
}

export interface SwarmListener {
	/** Seeders and leechers grew or changed: the best answer among the result's trackers so far. */
	health(infohash: string, counts: SwarmCounts): void;
	metadata(infohash: string, metadata: TorrentMetadata): void;
	/** Nothing left in flight or waiting. */
	idle(): void;
}

const V1_HASH = /^[0-9a-f]{40}$/;

interface TrackerState {
	target: TrackerTarget;
	pending: string[];
	timer: ReturnType<typeof setTimeout> | null;
	/** Refused, unreachable or silent once: not asked again in this search. */
	dead: boolean;
	udp: Promise<UdpTarget | null> | null;
	/** Known silent from an earlier search (the state store): never asked nor waited for. */
	knownSilent: Promise<boolean>;
	/** When its first exchange went out, and whether it ever answered: silence outlasting the search. */
	askedAt: number | null;
	answered: boolean;
}

interface Torrent extends QueuedTorrent {
	/** The cache has been read: until then its trackers wait, as the cache may spare asking them. */
	cacheRead: boolean;
}

function better(best: SwarmCounts | null, counts: SwarmCounts): SwarmCounts {
	// Trackers each see part of a swarm, and the same peers often announce to several: the largest count
	// is the one that is surely there, a sum would count those peers twice.
	if (!best) return counts;
	return {
		seeders: Math.max(best.seeders, counts.seeders),
		leechers: Math.max(best.leechers, counts.leechers)
	};
}

export class SwarmWatch {
	readonly #controller = new AbortController();
	readonly #perSearch = new Limiter(SWARM_LIMITS.socketsPerSearch);
	readonly #trackers = new Map<string, TrackerState>();
	readonly #torrents = new Map<string, Torrent>();
	#tasks = 0;
	#stopped = false;
	readonly #metadata: MetadataQueue;

	constructor(
		readonly settings: SwarmSettings,
		readonly listener: SwarmListener
	) {
		this.#metadata = new MetadataQueue({
			allowlist: settings.allowlist,
			timeoutMs: settings.timeoutMs,
			peerId: settings.peerId,
			signal: this.#controller.signal,
			stopped: () => this.#stopped,
			torrent: (infohash) => this.#torrents.get(infohash) as Torrent,
			mayAsk: (url) => {
				const tracker = this.#tracker(url);
				return tracker !== null && !tracker.dead;
			},
			announce: (url, infohash, event) => this.#announce(this.#tracker(url) as TrackerState, infohash, event),
			withSocket: (run) => this.#withSocket(run),
			task: (run) => this.#task(run),
			found: (infohash, metadata) => {
				void this.settings.cache.setMetadata(infohash, metadata);
				this.listener.metadata(infohash, metadata);
			}
		});
	}

	get busy(): boolean {
		if (this.#stopped) return false;
		if (this.#tasks > 0 || this.#metadata.waiting > 0) return true;
		for (const tracker of this.#trackers.values())
			if (tracker.pending.length > 0 && !tracker.dead) return true;
		return false;
	}

	/** A result is new or grew: learn its trackers, and answer from the cache what it can. */
	track(result: Result): void {
		if (this.#stopped || !V1_HASH.test(result.infohash)) return;
		const { infohash } = result;
		let torrent = this.#torrents.get(infohash);
		if (!torrent) {
			const created: Torrent = {
				trackers: [],
				live: [],
				best: null,
				sources: 0,
				hasFiles: false,
				metadata: 'none',
				cacheRead: false
			};
			torrent = created;
			this.#torrents.set(infohash, created);
			void this.#task(() => this.#fromCache(infohash, created));
		}
		torrent.sources = result.sources.length;
		torrent.hasFiles ||= result.files !== null;
		for (const url of result.trackers) {
			if (torrent.trackers.length >= SWARM_LIMITS.trackersPerResult) break;
			if (torrent.trackers.includes(url)) continue;
			torrent.trackers.push(url);
			if (torrent.cacheRead && !torrent.best) this.#enqueueScrape(url, infohash);
		}
		if (torrent.best) this.#metadata.consider(infohash, torrent);
	}

	/** The harvest is over: scrape what waits for its batch now. */
	flush(): void {
		for (const tracker of this.#trackers.values()) if (tracker.timer) this.#flushTracker(tracker);
	}

	/** Abandons everything: sockets close, queues empty, no more events. */
	stop(): void {
		if (this.#stopped) return;
		// A tracker still silent long after it was asked is remembered as one, though its own budget
		// (longer than the search's grace) has not run out: the next search need not wait for it.
		const now = performance.now();
		for (const tracker of this.#trackers.values()) {
			const { askedAt } = tracker;
			if (
				askedAt !== null &&
				!tracker.answered &&
				!tracker.dead &&
				now - askedAt >= SWARM_LIMITS.silentAfterMs
			)
				void this.settings.cache.setTrackerSilent(tracker.target.url);
		}
		this.#stopped = true;
		this.#controller.abort();
		for (const tracker of this.#trackers.values()) if (tracker.timer) clearTimeout(tracker.timer);
		this.#metadata.clear();
	}

	async #fromCache(infohash: string, torrent: Torrent): Promise<void> {
		const { cache } = this.settings;
		const [counts, metadata] = await Promise.all([cache.health(infohash), cache.metadata(infohash)]);
		if (this.#stopped) return;
		torrent.cacheRead = true;
		if (metadata) {
			torrent.hasFiles = true;
			this.listener.metadata(infohash, metadata);
		}
		if (counts) {
			torrent.best = counts;
			this.listener.health(infohash, counts);
			this.#metadata.consider(infohash, torrent);
		} else {
			for (const url of torrent.trackers) this.#enqueueScrape(url, infohash);
		}
	}

	/** The search's state of one tracker, made on first use; null past the search's tracker budget. */
	#tracker(url: string): TrackerState | null {
		let tracker = this.#trackers.get(url);
		if (!tracker) {
			const target = parseTrackerUrl(url);
			if (!target || this.#trackers.size >= SWARM_LIMITS.trackersPerSearch) return null;
			tracker = {
				target,
				pending: [],
				timer: null,
				dead: false,
				udp: null,
				knownSilent: this.settings.cache.trackerSilent(target.url),
				askedAt: null,
				answered: false
			};
			this.#trackers.set(url, tracker);
		}
		return tracker;
	}

	#enqueueScrape(url: string, infohash: string): void {
		const tracker = this.#tracker(url);
		if (!tracker || tracker.dead) return;
		tracker.pending.push(infohash);
		const batch = tracker.target.protocol === 'udp' ? MAX_UDP_SCRAPE : MAX_HTTP_SCRAPE;
		if (tracker.pending.length >= batch) {
			this.#flushTracker(tracker);
		} else if (!tracker.timer) {
			tracker.timer = setTimeout(() => this.#flushTracker(tracker), SWARM_LIMITS.batchDelayMs);
		}
	}

	#flushTracker(tracker: TrackerState): void {
		if (tracker.timer) clearTimeout(tracker.timer);
		tracker.timer = null;
		if (tracker.dead || this.#stopped) return;
		const batch = tracker.pending.splice(
			0,
			tracker.target.protocol === 'udp' ? MAX_UDP_SCRAPE : MAX_HTTP_SCRAPE
		);
		if (batch.length > 0) void this.#task(() => this.#scrape(tracker, batch));
	}

	/** Runs one outbound exchange within the search's and the process's socket budgets. */
	async #withSocket<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> {
		const signal = this.#controller.signal;
		return this.#perSearch.run(() => this.settings.sockets.run(() => run(signal), signal), signal);
	}

	async #task(run: () => Promise<void>): Promise<void> {
		this.#tasks++;
		try {
			await run();
		} catch (error) {
			// A tracker that fails is handled where it is asked, and an abort ends the search's work; anything
			// else is a bug to see.
			if (!(error instanceof TrackerError) && !this.#stopped) console.error('swarm health:', error);
		} finally {
			this.#tasks--;
			this.#checkIdle();
		}
	}

	#checkIdle(): void {
		if (!this.#stopped && !this.busy) this.listener.idle();
	}

	/** The judged address of a UDP tracker, resolved once per search; null when refused or unknown. */
	#udpTarget(tracker: TrackerState): Promise<UdpTarget | null> {
		tracker.udp ??= allowedAddress(tracker.target.host, this.settings.allowlist, this.settings.resolve).then(
			(allowed) =>
				allowed.ok ? { address: allowed.address, family: allowed.family, port: tracker.target.port } : null
		);
		return tracker.udp;
	}

	/** Marks a tracker dead for this search, and remembers it for the next ones when it did not answer. */
	#giveUp(tracker: TrackerState, error: unknown): void {
		tracker.dead = true;
		tracker.pending = [];
		if (error instanceof TrackerError && error.silent && !this.#stopped)
			void this.settings.cache.setTrackerSilent(tracker.target.url);
	}

	async #scrape(tracker: TrackerState, batch: string[]): Promise<void> {
		const { timeoutMs, fetchBencoded } = this.settings;
		if (await tracker.knownSilent) {
			// Its torrents' health comes from their other trackers.
			tracker.dead = true;
			tracker.pending = [];
			return;
		}
		try {
			let counts: Map<string, SwarmCounts> | null;
			if (tracker.target.protocol === 'udp') {
				const target = await this.#udpTarget(tracker);
				if (!target) throw new TrackerError('refused by the address policy');
				const answer = await this.#withSocket((signal) => {
					tracker.askedAt ??= performance.now();
					return udpScrape(target, batch, { signal, timeoutMs });
				});
				counts = new Map(batch.map((hash, index) => [hash, answer[index] as SwarmCounts]));
			} else {
				counts = await this.#withSocket((signal) => {
					tracker.askedAt ??= performance.now();
					return httpScrape(tracker.target.url, batch, { signal, timeoutMs, fetch: fetchBencoded });
				});
			}
			if (!counts) throw new TrackerError('no scrape');
			tracker.answered = true;
			for (const [hash, count] of counts)
				if (batch.includes(hash)) this.#learn(hash, count, tracker.target.url);
		} catch (error) {
			this.#giveUp(tracker, error);
			throw error;
		}
		if (tracker.pending.length > 0) this.#flushTracker(tracker);
	}

	#learn(infohash: string, counts: SwarmCounts, url: string): void {
		const torrent = this.#torrents.get(infohash);
		if (!torrent || this.#stopped) return;
		if (counts.seeders + counts.leechers > 0 && !torrent.live.includes(url)) torrent.live.push(url);
		const best = better(torrent.best, counts);
		if (torrent.best && best.seeders === torrent.best.seeders && best.leechers === torrent.best.leechers)
			return;
		torrent.best = best;
		void this.settings.cache.setHealth(infohash, best);
		this.listener.health(infohash, best);
		this.#metadata.consider(infohash, torrent);
	}

	/** Announces to one tracker of the search: the peers it lists; throws when it does not answer. */
	async #announce(tracker: TrackerState, infohash: string, event: AnnounceEvent): Promise<Peer[]> {
		const { timeoutMs, fetchBencoded, peerId } = this.settings;
		const numWant = event === 'started' ? SWARM_LIMITS.peersPerTorrent * 2 : 0;
		if (await tracker.knownSilent) throw new TrackerError('known silent');
		if (tracker.target.protocol === 'udp') {
			const target = await this.#udpTarget(tracker);
			if (!target) throw new TrackerError('refused by the address policy');
			const answer = await this.#withSocket((signal) =>
				udpAnnounce(target, infohash, peerId, { signal, timeoutMs, numWant, event })
			);
			tracker.answered = true;
			return answer.peers;
		}
		const answer = await this.#withSocket((signal) =>
			httpAnnounce(tracker.target.url, infohash, peerId, {
				signal,
				timeoutMs,
				numWant,
				event,
				fetch: fetchBencoded
			})
		);
		tracker.answered = true;
		return answer.peers;
	}
}

// Swarm health for one search: scrapes each result's own trackers in batches while the harvest goes on,
// then fetches metadata from peers for the best-ranked results whose files are unknown, within budgets
// of sockets, trackers, peers and bytes, and stops the moment its search does.
import { MAX_RESULT_FILES, type Result } from '#lib/search-events.ts';
import type { Allowlist } from '#lib/server/egress/address-policy.ts';
import type { Resolve } from '#lib/server/egress/checked-connector.ts';
import { Limiter } from '#lib/server/egress/limiter.ts';
import { allowedAddress } from './allowed-address.ts';
import type { HealthCache, TorrentMetadata } from './health-cache.ts';
import { httpAnnounce, httpScrape, MAX_HTTP_SCRAPE, type FetchBencoded } from './http-tracker.ts';
import type { TorrentInfo } from '#lib/server/bencode/torrent.ts';
import { fetchMetadata } from './metadata-fetch.ts';
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

/** Budgets of one search; `sockets` bounds all searches together. */
export const SWARM_LIMITS = {
	socketsPerSearch: 8,
	trackersPerSearch: 24,
	/** A result lists up to 30 trackers; its first ones are the ones its publisher chose. */
	trackersPerResult: 8,
	/** Sightings arrive in bursts (a page gives dozens): wait this long to scrape them in one packet. */
	batchDelayMs: 40,
	metadataTorrents: 30,
	metadataAtOnce: 4,
	/** Trackers asked for a torrent's peers, one after another while none knew any. */
	announcesPerTorrent: 2,
	/** Peers asked at once for a torrent's metadata, and in all: many listed peers are long gone. */
	peersAtOnce: 4,
	peersPerTorrent: 8,
	/** info dictionaries of real torrents are far below this (1 MiB holds ~50,000 piece hashes). */
	metadataBytes: 4 * 1024 * 1024
};

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
}

interface Torrent {
	trackers: string[];
	/** Trackers that said someone is there: asked first for peers. */
	live: string[];
	best: SwarmCounts | null;
	sources: number;
	hasFiles: boolean;
	metadata: 'none' | 'queued' | 'started';
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
	#metadataQueue: string[] = [];
	#metadataStarted = 0;
	#tasks = 0;
	#stopped = false;

	constructor(
		readonly settings: SwarmSettings,
		readonly listener: SwarmListener
	) {}

	get busy(): boolean {
		if (this.#stopped) return false;
		if (this.#tasks > 0 || this.#metadataQueue.length > 0) return true;
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
		if (torrent.best) this.#considerMetadata(infohash, torrent);
	}

	/** The harvest is over: scrape what waits for its batch now. */
	flush(): void {
		for (const tracker of this.#trackers.values()) if (tracker.timer) this.#flushTracker(tracker);
	}

	/** Abandons everything: sockets close, queues empty, no more events. */
	stop(): void {
		if (this.#stopped) return;
		this.#stopped = true;
		this.#controller.abort();
		for (const tracker of this.#trackers.values()) if (tracker.timer) clearTimeout(tracker.timer);
		this.#metadataQueue = [];
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
			this.#considerMetadata(infohash, torrent);
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
				knownSilent: this.settings.cache.trackerSilent(target.url)
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
				const answer = await this.#withSocket((signal) => udpScrape(target, batch, { signal, timeoutMs }));
				counts = new Map(batch.map((hash, index) => [hash, answer[index] as SwarmCounts]));
			} else {
				counts = await this.#withSocket((signal) =>
					httpScrape(tracker.target.url, batch, { signal, timeoutMs, fetch: fetchBencoded })
				);
			}
			if (!counts) throw new TrackerError('no scrape');
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
		this.#considerMetadata(infohash, torrent);
	}

	#considerMetadata(infohash: string, torrent: Torrent): void {
		if (torrent.hasFiles || torrent.metadata !== 'none' || !torrent.best) return;
		if (torrent.best.seeders + torrent.best.leechers === 0) return;
		if (this.#metadataStarted + this.#metadataQueue.length >= SWARM_LIMITS.metadataTorrents) return;
		torrent.metadata = 'queued';
		this.#metadataQueue.push(infohash);
		this.#pumpMetadata();
	}

	#metadataRunning = 0;

	/** Starts the best-ranked waiting torrents first: most seeders, then most places that listed it. */
	#pumpMetadata(): void {
		while (
			!this.#stopped &&
			this.#metadataRunning < SWARM_LIMITS.metadataAtOnce &&
			this.#metadataQueue.length > 0
		) {
			const rank = (hash: string) => {
				const torrent = this.#torrents.get(hash) as Torrent;
				return (torrent.best?.seeders ?? 0) * 1000 + torrent.sources;
			};
			this.#metadataQueue.sort((a, b) => rank(b) - rank(a));
			const infohash = this.#metadataQueue.shift() as string;
			const torrent = this.#torrents.get(infohash) as Torrent;
			torrent.metadata = 'started';
			this.#metadataStarted++;
			this.#metadataRunning++;
			void this.#task(async () => {
				try {
					await this.#fetchMetadata(infohash, torrent);
				} finally {
					this.#metadataRunning--;
					this.#pumpMetadata();
				}
			});
		}
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
		return answer.peers;
	}

	/** Peers from the torrent's trackers, those that said someone is there first; and whom we joined. */
	async #peersOf(torrent: Torrent, infohash: string): Promise<{ peers: Peer[]; joined: TrackerState[] }> {
		const peers = new Map<string, Peer>();
		const joined: TrackerState[] = [];
		const trackers = [...torrent.live, ...torrent.trackers.filter((url) => !torrent.live.includes(url))];
		let asked = 0;
		for (const url of trackers) {
			if (asked >= SWARM_LIMITS.announcesPerTorrent || this.#stopped) break;
			const tracker = this.#tracker(url);
			if (!tracker || tracker.dead) continue;
			asked++;
			try {
				const found = await this.#announce(tracker, infohash, 'started');
				joined.push(tracker);
				for (const peer of found) peers.set(`${peer.address}:${peer.port}`, peer);
			} catch {
				// Another tracker may know peers.
			}
			// Ask the next tracker only when this one knew nobody: a silent one would cost its whole budget.
			if (peers.size > 0) break;
		}
		return { peers: [...peers.values()].slice(0, SWARM_LIMITS.peersPerTorrent), joined };
	}

	async #fetchMetadata(infohash: string, torrent: Torrent): Promise<void> {
		const { peers, joined } = await this.#peersOf(torrent, infohash);
		try {
			await this.#metadataFrom(peers, infohash, torrent);
		} finally {
			// Leave the swarms we joined as a real client does, so we are not counted as a leecher there; on
			// its own task, so the next torrent's metadata need not wait for it.
			void this.#task(async () => {
				await Promise.allSettled(joined.map((tracker) => this.#announce(tracker, infohash, 'stopped')));
			});
		}
	}

	async #metadataFrom(peers: Peer[], infohash: string, torrent: Torrent): Promise<void> {
		for (let at = 0; at < peers.length && !this.#stopped; at += SWARM_LIMITS.peersAtOnce) {
			const found = await this.#firstMetadata(peers.slice(at, at + SWARM_LIMITS.peersAtOnce), infohash);
			if (!found || this.#stopped) continue;
			const metadata: TorrentMetadata = {
				name: found.name,
				size: found.size,
				files: found.files.slice(0, MAX_RESULT_FILES).map((file) => ({ path: file.path, size: file.length }))
			};
			torrent.hasFiles = true;
			void this.settings.cache.setMetadata(infohash, metadata);
			this.listener.metadata(infohash, metadata);
			return;
		}
	}

	/** Asks these peers together; the first honest answer ends the others. Null when none gave one. */
	async #firstMetadata(peers: Peer[], infohash: string): Promise<TorrentInfo | null> {
		const { allowlist, timeoutMs, peerId } = this.settings;
		const done = new AbortController();
		const signal = AbortSignal.any([this.#controller.signal, done.signal]);
		const attempts = peers.map((peer) =>
			this.#withSocket(() =>
				fetchMetadata(peer, infohash, {
					allowlist,
					signal,
					timeoutMs,
					maxBytes: SWARM_LIMITS.metadataBytes,
					peerId
				})
			).then((outcome) => {
				if (!outcome.ok) throw new Error(outcome.error);
				done.abort();
				return outcome.value;
			})
		);
		try {
			return await Promise.any(attempts);
		} catch {
			return null;
		}
	}
}

// The metadata side of one search's swarm health: which torrents get their files from peers (the
// best-ranked that someone shares, within the search's budget), their peers from their trackers, and
// the info dictionary from the first honest peer.
import { MAX_RESULT_FILES } from '#lib/search-events.ts';
import type { Allowlist } from '#lib/server/egress/index.ts';
import type { TorrentInfo } from '#lib/server/bencode/torrent.ts';
import type { TorrentMetadata } from './health-cache.ts';
import { fetchMetadata } from './metadata-fetch.ts';
import { SWARM_LIMITS } from './swarm-limits.ts';
import type { AnnounceEvent, Peer, SwarmCounts } from './udp-tracker.ts';

/** What the queue reads of a torrent the search follows. */
export interface QueuedTorrent {
	trackers: string[];
	/** Trackers that said someone is there: asked first for peers. */
	live: string[];
	best: SwarmCounts | null;
	sources: number;
	hasFiles: boolean;
	metadata: 'none' | 'queued' | 'started';
}

/** What the queue needs of its search's watch: its trackers, sockets, tasks and listener. */
export interface MetadataSide {
	allowlist: Allowlist;
	timeoutMs: number;
	peerId: Buffer;
	signal: AbortSignal;
	stopped(): boolean;
	torrent(infohash: string): QueuedTorrent;
	/** Whether the search may still ask this tracker (known, within budget, not dead). */
	mayAsk(url: string): boolean;
	/** Announces to the tracker: the peers it lists; throws when it does not answer. */
	announce(url: string, infohash: string, event: AnnounceEvent): Promise<Peer[]>;
	withSocket<T>(run: (signal: AbortSignal) => Promise<T>): Promise<T>;
	task(run: () => Promise<void>): Promise<void>;
	found(infohash: string, metadata: TorrentMetadata): void;
}

export class MetadataQueue {
	#waiting: string[] = [];
	#started = 0;
	#running = 0;

	constructor(readonly side: MetadataSide) {}

	get waiting(): number {
		return this.#waiting.length;
	}

	clear(): void {
		this.#waiting = [];
	}

	/** A torrent's health is known: queue it for its files if someone shares it and the budget allows. */
	consider(infohash: string, torrent: QueuedTorrent): void {
		if (torrent.hasFiles || torrent.metadata !== 'none' || !torrent.best) return;
		if (torrent.best.seeders + torrent.best.leechers === 0) return;
		if (this.#started + this.#waiting.length >= SWARM_LIMITS.metadataTorrents) return;
		torrent.metadata = 'queued';
		this.#waiting.push(infohash);
		this.#pump();
	}

	/** Starts the best-ranked waiting torrents first: most seeders, then most places that listed it. */
	#pump(): void {
		const { side } = this;
		while (!side.stopped() && this.#running < SWARM_LIMITS.metadataAtOnce && this.#waiting.length > 0) {
			const rank = (hash: string) => {
				const torrent = side.torrent(hash);
				return (torrent.best?.seeders ?? 0) * 1000 + torrent.sources;
			};
			this.#waiting.sort((a, b) => rank(b) - rank(a));
			const infohash = this.#waiting.shift() as string;
			const torrent = side.torrent(infohash);
			torrent.metadata = 'started';
			this.#started++;
			this.#running++;
			void side.task(async () => {
				try {
					await this.#fetch(infohash, torrent);
				} finally {
					this.#running--;
					this.#pump();
				}
			});
		}
	}

	/** Peers from the torrent's trackers, those that said someone is there first; and whom we joined. */
	async #peersOf(torrent: QueuedTorrent, infohash: string): Promise<{ peers: Peer[]; joined: string[] }> {
		const peers = new Map<string, Peer>();
		const joined: string[] = [];
		const trackers = [...torrent.live, ...torrent.trackers.filter((url) => !torrent.live.includes(url))];
		let asked = 0;
		for (const url of trackers) {
			if (asked >= SWARM_LIMITS.announcesPerTorrent || this.side.stopped()) break;
			if (!this.side.mayAsk(url)) continue;
			asked++;
			try {
				const found = await this.side.announce(url, infohash, 'started');
				joined.push(url);
				for (const peer of found) peers.set(`${peer.address}:${peer.port}`, peer);
			} catch {
				// Another tracker may know peers.
			}
			// Ask the next tracker only when this one knew nobody: a silent one would cost its whole budget.
			if (peers.size > 0) break;
		}
		return { peers: [...peers.values()].slice(0, SWARM_LIMITS.peersPerTorrent), joined };
	}

	async #fetch(infohash: string, torrent: QueuedTorrent): Promise<void> {
		const { peers, joined } = await this.#peersOf(torrent, infohash);
		try {
			await this.#metadataFrom(peers, infohash, torrent);
		} finally {
			// Leave the swarms we joined as a real client does, so we are not counted as a leecher there; on
			// its own task, so the next torrent's metadata need not wait for it.
			void this.side.task(async () => {
				await Promise.allSettled(joined.map((url) => this.side.announce(url, infohash, 'stopped')));
			});
		}
	}

	async #metadataFrom(peers: Peer[], infohash: string, torrent: QueuedTorrent): Promise<void> {
		for (let at = 0; at < peers.length && !this.side.stopped(); at += SWARM_LIMITS.peersAtOnce) {
			const found = await this.#firstMetadata(peers.slice(at, at + SWARM_LIMITS.peersAtOnce), infohash);
			if (!found || this.side.stopped()) continue;
			torrent.hasFiles = true;
			this.side.found(infohash, {
				name: found.name,
				size: found.size,
				files: found.files.slice(0, MAX_RESULT_FILES).map((file) => ({ path: file.path, size: file.length }))
			});
			return;
		}
	}

	/** Asks these peers together; the first honest answer ends the others. Null when none gave one. */
	async #firstMetadata(peers: Peer[], infohash: string): Promise<TorrentInfo | null> {
		const { allowlist, timeoutMs, peerId } = this.side;
		const done = new AbortController();
		const signal = AbortSignal.any([this.side.signal, done.signal]);
		const attempts = peers.map((peer) =>
			this.side
				.withSocket(() =>
					fetchMetadata(peer, infohash, {
						allowlist,
						signal,
						timeoutMs,
						maxBytes: SWARM_LIMITS.metadataBytes,
						peerId
					})
				)
				.then((outcome) => {
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

// The budgets of one search's swarm health: sockets, trackers, torrents, peers and bytes.

/** Budgets of one search; SwarmSettings' `sockets` bounds all searches together. */
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
	/**
	 * A tracker asked this long ago that has not answered when its search ends counts as silent: trackers
	 * that answer do so in a few hundred ms, and a search's grace is shorter than a tracker's budget.
	 */
	silentAfterMs: 1000,
	/** info dictionaries of real torrents are far below this (1 MiB holds ~50,000 piece hashes). */
	metadataBytes: 4 * 1024 * 1024
};

// What the search gathers from every source (engines and harvested pages): one magnet seen somewhere.

/** One magnet seen somewhere, with what that place knew about it. */
export interface Sighting {
	/** 40 lowercase hex (v1) or 64 lowercase hex (v2-only). */
	infohash: string;
	/** The v2 (SHA-256) digest when the source gave one, beside a v1 infohash or as the key of a v2-only one. */
	btmh?: string | null;
	name?: string | null;
	trackers?: string[];
	size?: number | null;
	seeders?: number | null;
	leechers?: number | null;
	/** What the torrent holds, when the source read its .torrent file. */
	files?: { path: string; size: number }[] | null;
	/** The page (or API item page) where it was seen; null when an index gave it without one. */
	page?: string | null;
	/** When the index says it was uploaded (ms since 1970), for feeds that date their items. */
	published?: number | null;
}

/**
 * The sighting with its text well-formed: a lone surrogate (valid JSON from an index anyone uploads to)
 * becomes U+FFFD, so no encoder, writer or store downstream can throw on it. Every sighting enters the
 * search through this.
 */
export function wellFormedSighting(sighting: Sighting): Sighting {
	const text = [
		sighting.name,
		sighting.page,
		...(sighting.trackers ?? []),
		...(sighting.files ?? []).map((file) => file.path)
	];
	if (text.every((value) => typeof value !== 'string' || value.isWellFormed())) return sighting;
	return {
		...sighting,
		name: sighting.name?.toWellFormed(),
		page: sighting.page?.toWellFormed(),
		trackers: sighting.trackers?.map((tracker) => tracker.toWellFormed()),
		files: sighting.files?.map((file) => ({ ...file, path: file.path.toWellFormed() }))
	};
}

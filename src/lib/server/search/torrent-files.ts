// The .torrent files an index named without their infohash (Jackett's and Prowlarr's /dl/ links), fetched
// and decoded into sightings: from the source's own origin as the trusted service it is, from anywhere
// else as any link from remote content. Their URLs may hold the source's key: they are never reported.
import { readTorrent } from '#lib/server/bencode/torrent.ts';
import { fetchConfiguredTorrent, fetchUntrusted } from '#lib/server/egress/index.ts';
import type { TorrentFileLink } from '#lib/server/engines/types.ts';
import { magnetKey, parseMagnet } from '#lib/server/magnet/magnet.ts';
import type { Sighting } from '#lib/server/sighting.ts';

/** Files fetched for one engine's answer: a page of a private tracker's results is ~50, each a download. */
export const MAX_TORRENT_FILES = 25;

export interface FileBudget {
	signal: AbortSignal;
	timeoutMs: number;
	/** A `performance.now()` time the fetch must end by. */
	deadline: number;
}

function fromBytes(bytes: Uint8Array, link: TorrentFileLink): Sighting | null {
	const read = readTorrent(bytes);
	if (!read.ok) return null;
	const torrent = read.value;
	return {
		...link.details,
		infohash: torrent.infohash,
		btmh: torrent.btmh,
		name: link.details.name ?? torrent.name,
		size: torrent.size,
		trackers: torrent.trackers,
		files: torrent.files.map((file) => ({ path: file.path, size: file.length }))
	};
}

function fromMagnet(text: string, link: TorrentFileLink): Sighting | null {
	const magnet = parseMagnet(text);
	if (!magnet) return null;
	return {
		...link.details,
		infohash: magnetKey(magnet),
		btmh: magnet.btmh,
		name: link.details.name ?? magnet.name,
		size: link.details.size ?? magnet.size,
		trackers: magnet.trackers
	};
}

/** The sighting a .torrent link stands for, or null when it could not be fetched or read. */
export async function sightingFromTorrentFile(
	link: TorrentFileLink,
	sourceUrl: string,
	budget: FileBudget
): Promise<Sighting | null> {
	let target = link.url;
	if (URL.parse(link.url)?.origin === URL.parse(sourceUrl)?.origin) {
		const fetched = await fetchConfiguredTorrent(link.url, budget);
		if (!fetched.ok) return null;
		if ('body' in fetched.value) return fromBytes(fetched.value.body, link);
		if ('magnet' in fetched.value) return fromMagnet(fetched.value.magnet, link);
		target = fetched.value.elsewhere;
	}
	const fetched = await fetchUntrusted(target, { kind: 'torrent', ...budget });
	return fetched.ok ? fromBytes(fetched.value.body, link) : null;
}

// Harvests one result link: fetches the page through egress, reads its magnets, and turns its .torrent
// links into sightings (from the URL when it names the infohash, else by decoding the file).
import type { Sighting } from '#lib/server/search/sighting.ts';
import { readTorrent } from '#lib/server/bencode/torrent.ts';
import { fetchUntrusted } from '#lib/server/egress/index.ts';
import { extractFromPage, type TorrentLink } from './extract.ts';

/** .torrent files decoded per page: each costs a download, and listings link dozens. */
const MAX_TORRENT_DOWNLOADS = 4;

export type PageOutcome = { ok: true; sightings: Sighting[] } | { ok: false; error: string };

async function sightingFromTorrentFile(link: TorrentLink, page: string, signal: AbortSignal) {
	const fetched = await fetchUntrusted(link.url, { kind: 'torrent', signal });
	if (!fetched.ok) return null;
	const read = readTorrent(fetched.body);
	if (!read.ok) return null;
	const { torrent } = read;
	return {
		infohash: torrent.infohash,
		btmh: torrent.btmh,
		name: torrent.name,
		size: torrent.size,
		trackers: torrent.trackers,
		files: torrent.files.map((file) => ({ path: file.path, size: file.length })),
		page
	} satisfies Sighting & { btmh: string | null };
}

export async function harvestPage(url: string, signal: AbortSignal): Promise<PageOutcome> {
	const fetched = await fetchUntrusted(url, { kind: 'page', signal });
	if (!fetched.ok) return { ok: false, error: fetched.message };

	const page = fetched.url;
	const { magnets, torrentLinks, title } = extractFromPage(fetched.text(), page);
	const sightings: (Sighting & { btmh?: string | null })[] = magnets.map((magnet) => ({
		infohash: magnet.infohash ?? (magnet.btmh as string),
		btmh: magnet.btmh,
		name: magnet.name ?? (magnets.length === 1 ? title : null),
		trackers: magnet.trackers,
		size: magnet.size,
		page
	}));
	const known = new Set(sightings.map((sighting) => sighting.infohash));

	const toDownload: TorrentLink[] = [];
	for (const link of torrentLinks) {
		if (link.infohash) {
			if (!known.has(link.infohash)) sightings.push({ infohash: link.infohash, name: link.name, page });
			known.add(link.infohash);
		} else if (toDownload.length < MAX_TORRENT_DOWNLOADS) {
			toDownload.push(link);
		}
	}
	const decoded = await Promise.all(toDownload.map((link) => sightingFromTorrentFile(link, page, signal)));
	for (const sighting of decoded) if (sighting) sightings.push(sighting);

	return { ok: true, sightings };
}

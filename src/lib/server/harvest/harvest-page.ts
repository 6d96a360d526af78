// Harvests one result link: fetches the page through egress, reads its magnets, and turns its .torrent
// links into sightings (from the URL when it names the infohash, else by decoding the file). A result link
// that is itself a .torrent file is decoded as one.
import { fail, ok, type Result } from '#lib/result.ts';
import type { Sighting } from '#lib/server/search/sighting.ts';
import { readTorrent } from '#lib/server/bencode/torrent.ts';
import { fetchUntrusted } from '#lib/server/egress/index.ts';
import { extractFromPage, looksLikeTorrentFile, type TorrentLink } from './extract.ts';

/** .torrent files decoded per page: each costs a download, and listings link dozens. */
const MAX_TORRENT_DOWNLOADS = 4;

export type PageOutcome = Result<Sighting[]>;

/** When the fetch must be over by: the search's schedule (a `performance.now()` time) and its abort. */
export interface PageBudget {
	signal: AbortSignal;
	deadline?: number;
}

// What servers label a .torrent with (octet-stream is common for download scripts without the extension).
const TORRENT_TYPES = /^\s*application\/(?:x-bittorrent|octet-stream)\b/i;

/** A bencoded dictionary opens with `d` and a length-prefixed key; no HTML or JSON does. */
function looksBencoded(body: Uint8Array): boolean {
	return body[0] === 0x64 && body[1] !== undefined && body[1] >= 0x30 && body[1] <= 0x39;
}

function sightingOfTorrent(body: Uint8Array, page: string) {
	const read = readTorrent(body);
	if (!read.ok) return null;
	const torrent = read.value;
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

async function sightingFromTorrentFile(link: TorrentLink, page: string, budget: PageBudget) {
	const fetched = await fetchUntrusted(link.url, { kind: 'torrent', ...budget });
	return fetched.ok ? sightingOfTorrent(fetched.value.body, page) : null;
}

export async function harvestPage(url: string, budget: PageBudget): Promise<PageOutcome> {
	// A link that names a .torrent file is fetched as one: its cap, and an Accept a download script honours.
	const kind = looksLikeTorrentFile(url) ? 'torrent' : 'page';
	const fetched = await fetchUntrusted(url, { kind, ...budget });
	if (!fetched.ok) return fail(fetched.error.message);

	const page = fetched.value.url;
	// Decoded when it says it is a .torrent, or looks like one whatever it says; a file typed as one that
	// does not decode is reported, anything else is read as a page.
	const typedAsTorrent = TORRENT_TYPES.test(fetched.value.contentType ?? '');
	if (typedAsTorrent || looksBencoded(fetched.value.body)) {
		const sighting = sightingOfTorrent(fetched.value.body, page);
		if (sighting) return ok([sighting]);
		if (typedAsTorrent) return fail('not a readable .torrent file');
	}

	const { magnets, torrentLinks, title } = extractFromPage(fetched.value.text(), page);
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
	const decoded = await Promise.all(toDownload.map((link) => sightingFromTorrentFile(link, page, budget)));
	for (const sighting of decoded) if (sighting) sightings.push(sighting);

	return ok(sightings);
}

// Harvests one result link: streams the page through egress, reads its magnets as it arrives, and turns
// its .torrent links into sightings (from the URL when it names the infohash, else by decoding the file).
// A result link that is itself a .torrent file is decoded as one, whole.
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import { readTorrent } from '#lib/server/bencode/torrent.ts';
import {
	collectBody,
	decodeText,
	decodeTextStream,
	fetchUntrusted,
	streamUntrusted,
	type BodyStream,
	type Streamed
} from '#lib/server/egress/index.ts';
import {
	extractFromPage,
	looksLikeTorrentFile,
	pageExtractor,
	type PageHarvest,
	type TorrentLink
} from './extract.ts';

/** .torrent files decoded per page: each costs a download, and listings link dozens. */
const MAX_TORRENT_DOWNLOADS = 4;

export type PageOutcome = Outcome<Sighting[]>;

/** When the fetch must be over by: the search's schedule (a `performance.now()` time) and its abort. */
export interface PageBudget {
	signal: AbortSignal;
	deadline?: number;
	/** Asks FlareSolverr for a challenged page (FLARESOLVERR_URL); absent, a challenge is reported as one. */
	solveChallenge?: (url: string) => Promise<Outcome<{ url: string; body: string }, string>>;
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
	} satisfies Sighting;
}

async function sightingFromTorrentFile(link: TorrentLink, page: string, budget: PageBudget) {
	const fetched = await fetchUntrusted(link.url, { kind: 'torrent', ...budget });
	return fetched.ok ? sightingOfTorrent(fetched.value.body, page) : null;
}

/** The first `length` bytes of a body (fewer when it is shorter), and all of its bytes again. */
async function peek(
	stream: BodyStream,
	length: number
): Promise<{ head: Uint8Array; body: AsyncIterable<Uint8Array> }> {
	const chunks = stream[Symbol.asyncIterator]();
	const held: Uint8Array[] = [];
	let size = 0;
	let done = false;
	while (size < length && !done) {
		const next = await chunks.next();
		if (next.done) done = true;
		else {
			held.push(next.value);
			size += next.value.length;
		}
	}
	const head = Buffer.concat(held, size);
	async function* body(): AsyncGenerator<Uint8Array> {
		if (size > 0) yield head;
		if (done) return;
		for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
	}
	return { head, body: body() };
}

type LinkContent = Outcome<
	{ torrent: NonNullable<ReturnType<typeof sightingOfTorrent>> } | { page: string; harvest: PageHarvest },
	string
>;

/**
 * Reads what a result link answered while it arrives: a page piece by piece, never whole; a .torrent
 * (said so by its type, or bencoded whatever its type says) whole, as bencode must be.
 */
async function readLink(response: Streamed): Promise<LinkContent> {
	const typedAsTorrent = TORRENT_TYPES.test(response.contentType ?? '');
	const { head, body } = await peek(response.body, 2);
	if (typedAsTorrent || looksBencoded(head)) {
		const bytes = await collectBody(body);
		const torrent = sightingOfTorrent(bytes, response.url);
		if (torrent) return ok({ torrent });
		if (typedAsTorrent) return fail('not a readable .torrent file');
		const text = decodeText(bytes, response.contentType);
		return ok({ page: response.url, harvest: extractFromPage(text, response.url) });
	}
	const extractor = pageExtractor(response.url);
	for await (const piece of decodeTextStream(body, response.contentType)) extractor.write(piece);
	return ok({ page: response.url, harvest: extractor.end() });
}

/** A challenged page, through the solver when there is one: its HTML read whole, as the solver gives it. */
async function solvedPage(url: string, challenge: string, budget: PageBudget): Promise<PageOutcome> {
	if (!budget.solveChallenge) return fail(challenge);
	const solved = await budget.solveChallenge(url);
	if (!solved.ok) return fail(`${challenge}: ${solved.error}`);
	const { url: page, body } = solved.value;
	return sightingsOf(page, extractFromPage(body, page), budget);
}

export async function harvestPage(url: string, budget: PageBudget): Promise<PageOutcome> {
	// A link that names a .torrent file is fetched as one: its cap, and an Accept a download script honours.
	const kind = looksLikeTorrentFile(url) ? 'torrent' : 'page';
	const read = await streamUntrusted(
		url,
		{ kind, signal: budget.signal, deadline: budget.deadline },
		readLink
	);
	if (!read.ok) {
		if (read.error.reason === 'challenge') return solvedPage(read.error.url, read.error.message, budget);
		return fail(read.error.message);
	}
	if (!read.value.ok) return read.value;
	const content = read.value.value;
	if ('torrent' in content) return ok([content.torrent]);
	return sightingsOf(content.page, content.harvest, { signal: budget.signal, deadline: budget.deadline });
}

/** A page's magnets and .torrent links as sightings, decoding a few .torrent files that name no infohash. */
async function sightingsOf(page: string, harvest: PageHarvest, budget: PageBudget): Promise<PageOutcome> {
	const { magnets, torrentLinks, title } = harvest;
	const sightings: Sighting[] = magnets.map((magnet) => ({
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
	const fetchBudget = { signal: budget.signal, deadline: budget.deadline };
	const decoded = await Promise.all(
		toDownload.map((link) => sightingFromTorrentFile(link, page, fetchBudget))
	);
	for (const sighting of decoded) if (sighting) sightings.push(sighting);

	return ok(sightings);
}

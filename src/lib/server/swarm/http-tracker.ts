// A BEP 48 HTTP scrape and a BEP 3/23 compact announce, sent through the untrusted-link egress (which
// judges the address every name resolves to, on every redirect hop) and read with our bencode decoder.
import { randomBytes } from 'node:crypto';
import { countSettled } from '#lib/server/activity.ts';
import { decode, type BencodeDict, type BencodeValue } from '#lib/server/bencode/bencode.ts';
import {
	compactPeers,
	TrackerError,
	type AnnounceEvent,
	type Announced,
	type Peer,
	type SwarmCounts
} from './udp-tracker.ts';
import { percentEncodeHash, scrapeUrlOf } from './tracker-url.ts';
import type { Outcome } from '#lib/outcome.ts';

/** Infohashes per scrape request: each adds ~60 characters to the URL, and servers cap URLs near 8 KB. */
export const MAX_HTTP_SCRAPE = 50;

/** Fetches a tracker's bencoded answer; the bytes, or why not (`timeout` and `network`: no answer at all). */
export type FetchBencoded = (
	url: string,
	options: { signal: AbortSignal; timeoutMs: number }
) => Promise<Outcome<{ body: Uint8Array }, { reason?: string; message: string }>>;

export interface HttpOptions {
	signal: AbortSignal;
	timeoutMs: number;
	fetch: FetchBencoded;
}

function dict(value: BencodeValue | undefined): BencodeDict | null {
	return value instanceof Map ? value : null;
}

function count(value: BencodeValue | undefined): number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

async function askTracker(url: string, options: HttpOptions): Promise<BencodeDict> {
	const fetched = await options.fetch(url, { signal: options.signal, timeoutMs: options.timeoutMs });
	if (!fetched.ok) {
		const silent = fetched.error.reason === 'timeout' || fetched.error.reason === 'network';
		throw new TrackerError(fetched.error.message, silent);
	}
	let answer: BencodeDict | null;
	try {
		answer = dict(decode(fetched.value.body));
	} catch {
		throw new TrackerError('answer is not bencoded');
	}
	if (!answer) throw new TrackerError('answer is not a dictionary');
	const failure = answer.get('failure reason');
	if (failure instanceof Uint8Array) {
		throw new TrackerError(`tracker says: ${Buffer.from(failure).toString('utf8').slice(0, 200)}`);
	}
	return answer;
}

function withQuery(url: string, query: string): string {
	return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/**
 * Scrapes infohashes (40 hex) from an announce URL's scrape URL. Hashes the tracker does not list are
 * absent from the answer; null when the tracker has no scrape URL at all.
 */
export async function httpScrape(
	announceUrl: string,
	infohashes: string[],
	options: HttpOptions
): Promise<Map<string, SwarmCounts> | null> {
	const scrapeUrl = scrapeUrlOf(announceUrl);
	if (!scrapeUrl) return null;
	const hashes = infohashes.slice(0, MAX_HTTP_SCRAPE);
	const query = hashes.map((hash) => `info_hash=${percentEncodeHash(hash)}`).join('&');
	const answer = await countSettled(
		'swarm_scrapes',
		{ protocol: 'http' },
		askTracker(withQuery(scrapeUrl, query), options)
	);
	const files = dict(answer.get('files'));
	if (!files) throw new TrackerError('scrape answer has no files');
	const counts = new Map<string, SwarmCounts>();
	for (const [key, value] of files) {
		const hash = scrapedHash(key);
		const stats = dict(value);
		if (!hash || !stats) continue;
		counts.set(hash, { seeders: count(stats.get('complete')), leechers: count(stats.get('incomplete')) });
	}
	return counts;
}

/**
 * A scrape key as hex. Keys are the raw 20-byte infohashes, which the decoder keeps byte for byte as
 * latin1; bittorrent-tracker's server (server.js `response.files[hex2bin(…)]`, then bencode) sends them
 * UTF-8-encoded instead, 20 characters in up to 40 bytes, so that spelling is read back too.
 */
function scrapedHash(key: string): string | null {
	if (key.length === 20) return Buffer.from(key, 'latin1').toString('hex');
	const decoded = Buffer.from(key, 'latin1').toString('utf8');
	return decoded.length === 20 ? Buffer.from(decoded, 'latin1').toString('hex') : null;
}

function dictionaryPeers(list: BencodeValue[]): Peer[] {
	const peers: Peer[] = [];
	for (const item of list) {
		const peer = dict(item);
		const ip = peer?.get('ip');
		const port = count(peer?.get('port'));
		if (ip instanceof Uint8Array && port > 0 && port < 65_536) {
			peers.push({ address: Buffer.from(ip).toString('latin1'), port });
		}
	}
	return peers;
}

/** Announces one infohash (`started`: as a peer that still needs it) and reads the peers listed. */
export async function httpAnnounce(
	announceUrl: string,
	infohash: string,
	peerId: Buffer,
	options: HttpOptions & { numWant: number; event: AnnounceEvent }
): Promise<Announced> {
	const query = [
		`info_hash=${percentEncodeHash(infohash)}`,
		`peer_id=${percentEncodeHash(peerId.toString('hex'))}`,
		'port=6881',
		'uploaded=0',
		'downloaded=0',
		'left=16384',
		'compact=1',
		`numwant=${options.numWant}`,
		`key=${randomBytes(4).toString('hex')}`,
		`event=${options.event}`
	].join('&');
	const answer = await askTracker(withQuery(announceUrl, query), options);
	const peers4 = answer.get('peers');
	const peers6 = answer.get('peers6');
	const peers = [
		...(peers4 instanceof Uint8Array ? compactPeers(peers4, 4) : []),
		...(Array.isArray(peers4) ? dictionaryPeers(peers4) : []),
		...(peers6 instanceof Uint8Array ? compactPeers(peers6, 6) : [])
	];
	return { seeders: count(answer.get('complete')), leechers: count(answer.get('incomplete')), peers };
}

// Reads a downloaded .torrent into what a result needs: infohashes, name, size, trackers and files.
import { createHash } from 'node:crypto';
import { cleanTrackers } from '#lib/server/magnet/magnet.ts';
import { BencodeError, decodeWithSpans, text, type BencodeDict, type BencodeValue } from './bencode.ts';
import { fail, ok, type Outcome } from '#lib/outcome.ts';

export interface TorrentFile {
	/** The torrent's name, then the file's path inside it, joined with `/` (as parse-torrent spells it). */
	path: string;
	length: number;
}

export interface TorrentInfo {
	/**
	 * v1 infohash (SHA-1 of the exact `info` bytes), 40 lowercase hex. A v2-only torrent has none, so
	 * this holds its v2 digest (64 hex) instead: the same key `magnetKey` and sightings use.
	 */
	infohash: string;
	/** v2 infohash (SHA-256 of the `info` bytes) when `meta version` is 2, 64 lowercase hex. */
	btmh: string | null;
	/** `name.utf-8` when present, else `name`, decoded as UTF-8. */
	name: string | null;
	/** Total bytes of the real files (BEP 47 padding files excluded). */
	size: number;
	/** `announce-list` tiers in order, then `announce`, keeping only udp/http/https/wss URLs, each once. */
	trackers: string[];
	files: TorrentFile[];
}

export type TorrentRead = Outcome<TorrentInfo>;

/** Real .torrent files stay far below this (a 5 GB game with small pieces is ~2 MiB of hashes). */
export const MAX_TORRENT_BYTES = 16 * 1024 * 1024;
/** More files than this is not something a search result can show, and walking them costs time. */
export const MAX_FILES = 100_000;

class TorrentError extends Error {}

function dict(value: BencodeValue | undefined): BencodeDict | null {
	return value instanceof Map ? value : null;
}

function length(value: BencodeValue | undefined, where: string): number {
	if (typeof value !== 'number' || value < 0) throw new TorrentError(`${where} has no valid length`);
	return value;
}

function preferUtf8(entries: BencodeDict, key: string): BencodeValue | undefined {
	return entries.get(`${key}.utf-8`) ?? entries.get(key);
}

/** Dictionary keys are kept byte for byte (latin1); v2 file tree keys are path names, read as UTF-8. */
function keyText(key: string): string {
	return Buffer.from(key, 'latin1').toString('utf8');
}

function isPadding(file: BencodeDict): boolean {
	const attr = text(file.get('attr'));
	return attr !== null && attr.includes('p');
}

function v1Files(info: BencodeDict, name: string): TorrentFile[] | null {
	const list = info.get('files');
	if (list === undefined) {
		return info.has('length') ? [{ path: name, length: length(info.get('length'), 'info') }] : null;
	}
	if (!Array.isArray(list)) throw new TorrentError('info.files is not a list');
	if (list.length > MAX_FILES) throw new TorrentError(`more than ${MAX_FILES} files`);
	const files: TorrentFile[] = [];
	for (const [index, item] of list.entries()) {
		const file = dict(item);
		if (!file) throw new TorrentError(`info.files[${index}] is not a dictionary`);
		const parts = preferUtf8(file, 'path');
		if (!Array.isArray(parts)) throw new TorrentError(`info.files[${index}] has no path`);
		const fileLength = length(file.get('length'), `info.files[${index}]`);
		if (isPadding(file)) continue;
		files.push({ path: [name, ...parts.map((part) => text(part) ?? '')].join('/'), length: fileLength });
	}
	return files;
}

/** BEP 52 `file tree`: directories are dictionaries, a file is a key whose `''` entry holds its length. */
function v2Files(info: BencodeDict, name: string): TorrentFile[] | null {
	const tree = dict(info.get('file tree'));
	if (!tree) return null;
	const files: TorrentFile[] = [];
	// An explicit stack: the decoder bounds depth already, this just keeps the walk flat and countable.
	const pending: { node: BencodeDict; path: string[] }[] = [{ node: tree, path: [] }];
	for (let next = pending.pop(); next; next = pending.pop()) {
		for (const [key, child] of [...next.node].reverse()) {
			const node = dict(child);
			if (!node) throw new TorrentError('file tree entry is not a dictionary');
			const leaf = key === '' ? node : null;
			if (leaf) {
				if (files.length >= MAX_FILES) throw new TorrentError(`more than ${MAX_FILES} files`);
				const where = `file tree ${next.path.join('/')}`;
				files.push({ path: [name, ...next.path].join('/'), length: length(leaf.get('length'), where) });
			} else {
				pending.push({ node, path: [...next.path, keyText(key)] });
			}
		}
	}
	return files;
}

function sumLengths(files: TorrentFile[]): number {
	let total = 0;
	for (const file of files) total += file.length;
	if (!Number.isSafeInteger(total)) throw new TorrentError('total size out of range');
	return total;
}

function announced(root: BencodeDict): string[] {
	const urls: string[] = [];
	const tiers = root.get('announce-list');
	if (Array.isArray(tiers)) {
		for (const tier of tiers) {
			for (const url of Array.isArray(tier) ? tier : [tier]) {
				const value = text(url);
				if (value !== null) urls.push(value);
			}
		}
	}
	const announce = text(root.get('announce'));
	if (announce !== null) urls.push(announce);
	return cleanTrackers(urls);
}

function read(bytes: Uint8Array): TorrentInfo {
	const { value, spans } = decodeWithSpans(bytes);
	const root = dict(value);
	const info = root && dict(root.get('info'));
	const span = spans.get('info');
	if (!root || !info || !span) throw new TorrentError('no info dictionary');

	// Hash the bytes exactly as they arrived: re-encoding would "fix" unsorted keys and change the hash.
	const infoBytes = bytes.subarray(span.start, span.end);
	const v2 = info.get('meta version') === 2;
	const btmh = v2 ? createHash('sha256').update(infoBytes).digest('hex') : null;
	const v2Only = v2 && !info.has('pieces');
	const infohash = v2Only && btmh ? btmh : createHash('sha1').update(infoBytes).digest('hex');

	const name = text(preferUtf8(info, 'name'));
	const files = v1Files(info, name ?? '') ?? (v2 ? v2Files(info, name ?? '') : null);
	if (!files) throw new TorrentError('info has neither length nor files');
	return { infohash, btmh, name: name || null, size: sumLengths(files), trackers: announced(root), files };
}

/** Decodes a .torrent; malformed or oversized input is an `{ ok: false }` answer, never an exception. */
export function readTorrent(bytes: Uint8Array): TorrentRead {
	if (bytes.length > MAX_TORRENT_BYTES) {
		return fail(`torrent larger than ${MAX_TORRENT_BYTES} bytes`);
	}
	try {
		return ok(read(bytes));
	} catch (error) {
		if (error instanceof BencodeError || error instanceof TorrentError) {
			return fail(error.message);
		}
		throw error;
	}
}

// Magnet links in and out: a forgiving parser for whatever pages hold, one normalised spelling for ours.
import { percentDecode, unwrapMagnetText } from './decode-layers.ts';

export interface Magnet {
	/** BitTorrent v1 infohash, 40 lowercase hex. */
	infohash: string | null;
	/** BitTorrent v2 infohash: the SHA-256 digest of `urn:btmh:1220…`, 64 lowercase hex. */
	btmh: string | null;
	name: string | null;
	/** udp, http, https and wss tracker URLs, trimmed, first spelling kept, duplicates dropped. */
	trackers: string[];
	/** Total bytes from `xl`. */
	size: number | null;
}

export interface MagnetFields {
	/** v1 hex; a 64-hex value here is read as the v2 digest (a v2-only result is keyed by it). */
	infohash: string | null;
	btmh?: string | null;
	name?: string | null;
	trackers?: readonly string[];
	size?: number | null;
}

/** A page that offers more trackers than this is padding its magnets; clients need a handful. */
/**
 * The longest magnet text read, harvested or sent: 200 trackers (all a magnet may keep) of 300 characters
 * each still fit, and a hostile endless one is cut instead of held in memory while its end is awaited.
 */
export const MAX_MAGNET_LENGTH = 64 * 1024;
const MAX_TRACKERS = 200;
const MAX_TRACKER_LENGTH = 2048;
const MAX_NAME_LENGTH = 1024;
const TRACKER_PROTOCOLS = new Set(['udp:', 'http:', 'https:', 'wss:']);

const V1_HEX = /^[0-9a-f]{40}$/i;
const V1_BASE32 = /^[a-z2-7]{32}$/i;
const V2_HEX = /^[0-9a-f]{64}$/i;
const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

function base32ToHex(base32: string): string {
	let hex = '';
	let buffer = 0;
	let bits = 0;
	for (const char of base32.toLowerCase()) {
		buffer = ((buffer << 5) | BASE32_ALPHABET.indexOf(char)) & 0xfff;
		bits += 5;
		if (bits >= 8) {
			bits -= 8;
			hex += ((buffer >> bits) & 0xff).toString(16).padStart(2, '0');
		}
	}
	return hex;
}

/** A v1 infohash in either spelling magnets use (40 hex, 32 base32) as 40 lowercase hex, else null. */
export function normaliseInfohash(value: string): string | null {
	const trimmed = value.trim();
	if (V1_HEX.test(trimmed)) return trimmed.toLowerCase();
	if (V1_BASE32.test(trimmed)) return base32ToHex(trimmed);
	return null;
}

/** One tracker URL as announced, trimmed, or null when it is not a udp/http/https/wss URL with a host. */
export function cleanTracker(value: string): string | null {
	const trimmed = value.trim();
	// Whitespace or control characters inside mean the URL was cut out of prose or is garbage.
	if (trimmed.length > MAX_TRACKER_LENGTH || /[\s\p{Cc}]/u.test(trimmed)) return null;
	if (!/^(?:udp|https?|wss):\/\/[^/?#]/i.test(trimmed)) return null;
	try {
		const url = new URL(trimmed);
		return TRACKER_PROTOCOLS.has(url.protocol) && url.hostname !== '' ? trimmed : null;
	} catch {
		return null;
	}
}

/** Valid trackers in their first order, each once. */
export function cleanTrackers(values: Iterable<string>): string[] {
	const kept = new Set<string>();
	for (const value of values) {
		if (kept.size >= MAX_TRACKERS) break;
		const tracker = cleanTracker(value);
		if (tracker) kept.add(tracker);
	}
	return [...kept];
}

/** Where the magnet starts in the text, and where it stops: at markup, a closing quote or a control char. */
function isolate(text: string): { query: string; bare: boolean } | null {
	const start = text.search(/magnet:\?/i);
	if (start < 0) return null;
	const opening = text[start - 1];
	const quote = opening === "'" || opening === '"' || opening === '`' ? opening : null;
	let end = start + 'magnet:?'.length;
	while (end < text.length) {
		const char = text[end] as string;
		if (char === quote || char === '"' || char === '<' || char === '>' || char === '`') break;
		if (char.charCodeAt(0) < 0x20 || char === '\x7f') break;
		end++;
	}
	// A magnet that is the whole input (an attribute value) or sits between matching quotes may carry
	// raw spaces in `dn`; one found in running text ends at the first space of its last parameter.
	const bare = (start === 0 && end === text.length) || (quote !== null && text[end] === quote);
	return { query: text.slice(start + 'magnet:?'.length, end).trim(), bare };
}

/** Splits `a=1&b=2` into lowercased keys (`xt.1` counts as `xt`) and raw values. */
function params(query: string, bare: boolean): [string, string][] {
	let decoded = query;
	// Half-unwrapped input: the prefix decoded but the parameters still percent-encoded as one blob.
	if (!decoded.includes('&') && /%26[a-z.0-9]{1,8}%3d/i.test(decoded)) decoded = percentDecode(decoded);
	const parts = decoded.split('&');
	return parts.map((part, index) => {
		const equals = part.indexOf('=');
		const rawKey = equals < 0 ? part : part.slice(0, equals);
		let value = equals < 0 ? '' : part.slice(equals + 1);
		if (index === parts.length - 1 && !bare) value = value.split(/\s/)[0] ?? '';
		return [
			rawKey
				.trim()
				.toLowerCase()
				.replace(/\.\d+$/, ''),
			value
		];
	});
}

/** Values inside `xt` and `tr` are sometimes encoded twice; decode again while it still looks encoded. */
function decodeUrlish(value: string): string {
	const once = percentDecode(value).trim();
	return /^[a-z][a-z0-9+.-]*%3a/i.test(once) ? percentDecode(once).trim() : once;
}

function readName(value: string): string | null {
	// `+` is a space in form encoding, which many sites use for dn; `%2B` still decodes to a plus.
	const name = percentDecode(value.replace(/\+/g, ' '))
		.replace(/\p{Cc}/gu, '')
		.trim()
		.slice(0, MAX_NAME_LENGTH);
	return name === '' ? null : name;
}

function readSize(value: string): number | null {
	const digits = percentDecode(value).trim();
	if (!/^\d{1,16}$/.test(digits)) return null;
	const size = Number(digits);
	return Number.isSafeInteger(size) ? size : null;
}

/**
 * Reads a magnet out of a candidate string as pages hold it (entity-, JavaScript- or percent-encoded,
 * wrapped in quotes or markup). Never throws; null unless a complete v1 or v2 infohash is present.
 */
export function parseMagnet(input: string): Magnet | null {
	if (typeof input !== 'string' || input.length === 0) return null;
	const isolated = isolate(unwrapMagnetText(input.trim()));
	if (!isolated) return null;

	let infohash: string | null = null;
	let btmh: string | null = null;
	let name: string | null = null;
	let size: number | null = null;
	const trackers: string[] = [];
	for (const [key, raw] of params(isolated.query, isolated.bare)) {
		if (key === 'xt') {
			const xt = decodeUrlish(raw).split(/\s/)[0] ?? '';
			const v1 = /^urn:btih:(.*)$/i.exec(xt)?.[1];
			const v2 = /^urn:btmh:1220(.*)$/i.exec(xt)?.[1];
			if (v1 !== undefined) infohash ??= normaliseInfohash(v1);
			if (v2 !== undefined && V2_HEX.test(v2)) btmh ??= v2.toLowerCase();
		} else if (key === 'dn') {
			name ??= readName(raw);
		} else if (key === 'tr') {
			trackers.push(decodeUrlish(raw));
		} else if (key === 'xl') {
			size ??= readSize(raw);
		}
	}
	if (!infohash && !btmh) return null;
	return { infohash, btmh, name, trackers: cleanTrackers(trackers), size };
}

/** The key results are merged by: the v1 infohash when there is one, else the v2 digest. */
export function magnetKey(magnet: Pick<Magnet, 'infohash' | 'btmh'>): string {
	const key = magnet.infohash ?? magnet.btmh;
	if (!key) throw new TypeError('a magnet needs a v1 or v2 infohash');
	return key;
}

/**
 * The one spelling we hand out: xt (v1, then v2), dn, xl, then each tracker, always in that order so
 * the same torrent always gets the same link.
 */
export function buildMagnet(fields: MagnetFields): string {
	let v1 = fields.infohash?.toLowerCase() ?? null;
	let v2 = fields.btmh?.toLowerCase() ?? null;
	if (v1 && V2_HEX.test(v1)) {
		v2 ??= v1;
		v1 = null;
	}
	if (v1 && !V1_HEX.test(v1)) throw new TypeError(`not a v1 infohash: ${v1}`);
	if (v2 && !V2_HEX.test(v2)) throw new TypeError(`not a v2 infohash: ${v2}`);
	if (!v1 && !v2) throw new TypeError('a magnet needs a v1 or v2 infohash');

	const parts: string[] = [];
	if (v1) parts.push(`xt=urn:btih:${v1}`);
	if (v2) parts.push(`xt=urn:btmh:1220${v2}`);
	// toWellFormed: encodeURIComponent throws on a lone surrogate, and a name must never cost its magnet.
	if (fields.name) parts.push(`dn=${encodeURIComponent(fields.name.toWellFormed())}`);
	if (fields.size != null && Number.isSafeInteger(fields.size) && fields.size >= 0) {
		parts.push(`xl=${fields.size}`);
	}
	for (const tracker of cleanTrackers(fields.trackers ?? []))
		parts.push(`tr=${encodeURIComponent(tracker.toWellFormed())}`);
	return `magnet:?${parts.join('&')}`;
}

/**
 * The infohash a .torrent URL names, as mirrors like itorrents spell it (`…/torrent/<40 hex>.torrent`),
 * or null: only a path segment that is exactly 40 hex plus `.torrent` counts, nothing is guessed.
 */
export function infohashFromTorrentUrl(url: string): string | null {
	if (typeof url !== 'string') return null;
	const path = url.split(/[?#]/, 1)[0] ?? '';
	for (const segment of path.split('/')) {
		const match = /^([0-9a-f]{40})\.torrent$/i.exec(segment);
		if (match?.[1]) return match[1].toLowerCase();
	}
	return null;
}

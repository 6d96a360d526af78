// Reads the fields of a magnet link an index hands over (infohash, name, trackers) and normalises an
// infohash to lowercase hex, so one torrent has one key whatever spelling the index used.
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32ToHex(value: string): string {
	let bits = '';
	for (const char of value.toUpperCase()) bits += BASE32.indexOf(char).toString(2).padStart(5, '0');
	let hex = '';
	for (let at = 0; at + 4 <= bits.length; at += 4) hex += parseInt(bits.slice(at, at + 4), 2).toString(16);
	return hex;
}

/** 40 or 64 hex digits (v1, v2) or 32 base32 characters (v1) → lowercase hex; anything else → null. */
export function normaliseInfohash(value: string): string | null {
	const trimmed = value.trim();
	if (/^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(trimmed)) return trimmed.toLowerCase();
	if (/^[A-Z2-7]{32}$/i.test(trimmed)) return base32ToHex(trimmed);
	return null;
}

export interface MagnetFields {
	infohash: string;
	name: string | null;
	trackers: string[];
}

export function readMagnet(uri: string): MagnetFields | null {
	const match = /^magnet:\?(.*)$/is.exec(uri.trim());
	if (!match) return null;
	const params = new URLSearchParams(match[1]);
	let infohash: string | null = null;
	for (const xt of params.getAll('xt')) {
		const btih = /^urn:btih:(.+)$/i.exec(xt);
		const btmh = /^urn:btmh:1220([0-9a-f]{64})$/i.exec(xt);
		infohash ??= btih ? normaliseInfohash(btih[1]!) : btmh ? btmh[1]!.toLowerCase() : null;
	}
	if (!infohash) return null;
	const trackers = [
		...new Set(params.getAll('tr').filter((tracker) => /^(udp|https?|wss?):\/\//i.test(tracker)))
	];
	return { infohash, name: params.get('dn'), trackers };
}

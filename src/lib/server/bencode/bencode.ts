// Bencode decoding for .torrent files fetched from untrusted sites: strict, bounded, and span-aware.
//
// Choices, all made so that hostile input fails fast and the infohash stays exact:
// - Integers must be canonical (`i0e`, `i-5e`; never `i-0e`, `i05e`, `ie`) and within the safe integer
//   range; anything larger cannot be a real length or date, so it is an error rather than a rounding.
// - String lengths are canonical too and checked against the bytes left before anything is sliced, so a
//   declared length of 10^18 costs nothing.
// - Dictionary keys out of order are accepted: many real torrents have them and the infohash is taken from
//   the original bytes, so order never matters. Duplicate keys are rejected: two readers could pick
//   different values, and the `info` bytes would then describe two torrents.
// - Nesting deeper than MAX_DEPTH and bytes after the top-level value are errors.
// - Dictionaries are Maps (a key `__proto__` is just a key) and strings are views into the input.

export type BencodeValue = number | Uint8Array | BencodeValue[] | BencodeDict;
export type BencodeDict = Map<string, BencodeValue>;

export interface Span {
	start: number;
	end: number;
}

export interface Decoded {
	value: BencodeValue;
	/** Exact byte ranges of the top-level dictionary's values, by key (empty when the top is not a dict). */
	spans: Map<string, Span>;
}

/** The one error the decoder throws: what was wrong and the byte where it was found. */
export class BencodeError extends Error {
	readonly offset: number;
	constructor(message: string, offset: number) {
		super(`${message} at byte ${offset}`);
		this.name = 'BencodeError';
		this.offset = offset;
	}
}

/** Real torrents nest four or five levels; v2 file trees follow directory depth, which stays far below. */
export const MAX_DEPTH = 100;

const I = 0x69;
const L = 0x6c;
const D = 0x64;
const E = 0x65;
const COLON = 0x3a;
const MINUS = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;

const utf8 = new TextDecoder('utf-8');

/** Decodes one complete bencoded value; throws BencodeError on anything malformed. */
export function decode(bytes: Uint8Array): BencodeValue {
	return decodeWithSpans(bytes).value;
}

/** Decodes one complete bencoded value and reports where each top-level dictionary value lies. */
export function decodeWithSpans(bytes: Uint8Array): Decoded {
	const reader = new Reader(bytes);
	if (bytes.length === 0) throw new BencodeError('empty input', 0);
	const value = reader.value(0);
	if (reader.pos !== bytes.length) throw new BencodeError('trailing bytes after the value', reader.pos);
	return { value, spans: reader.spans };
}

/** Reads a byte string as text; invalid UTF-8 becomes U+FFFD rather than failing the whole torrent. */
export function text(value: BencodeValue | undefined): string | null {
	return value instanceof Uint8Array ? utf8.decode(value) : null;
}

class Reader {
	pos = 0;
	readonly spans = new Map<string, Span>();
	private readonly bytes: Uint8Array;
	// A plain constructor, not a parameter property: scripts run this file under Node's type stripping.
	constructor(bytes: Uint8Array) {
		this.bytes = bytes;
	}

	value(depth: number): BencodeValue {
		if (depth > MAX_DEPTH) throw new BencodeError(`nesting deeper than ${MAX_DEPTH}`, this.pos);
		const byte = this.peek();
		if (byte === I) return this.integer();
		if (byte >= ZERO && byte <= NINE) return this.string();
		if (byte === L) return this.list(depth);
		if (byte === D) return this.dict(depth);
		throw new BencodeError(`unexpected byte 0x${byte.toString(16).padStart(2, '0')}`, this.pos);
	}

	private peek(): number {
		const byte = this.bytes[this.pos];
		if (byte === undefined) throw new BencodeError('unexpected end of input', this.pos);
		return byte;
	}

	/** Reads canonical decimal digits up to `end`, returning a safe integer. */
	private digits(end: number, what: string, start = this.pos): number {
		let negative = false;
		if (this.peek() === MINUS) {
			negative = true;
			this.pos++;
		}
		const first = this.pos;
		let n = 0;
		for (let byte = this.peek(); byte !== end; byte = this.peek()) {
			if (byte < ZERO || byte > NINE) throw new BencodeError(`invalid digit in ${what}`, this.pos);
			n = n * 10 + (byte - ZERO);
			if (n > Number.MAX_SAFE_INTEGER) throw new BencodeError(`${what} out of range`, start);
			this.pos++;
		}
		const count = this.pos - first;
		if (count === 0) throw new BencodeError(`empty ${what}`, start);
		if (this.bytes[first] === ZERO && count > 1) throw new BencodeError(`leading zero in ${what}`, start);
		if (negative && n === 0) throw new BencodeError(`negative zero in ${what}`, start);
		this.pos++; // the terminator
		return negative ? -n : n;
	}

	private integer(): number {
		const start = this.pos++; // 'i'
		return this.digits(E, 'integer', start);
	}

	private string(): Uint8Array {
		const start = this.pos;
		const length = this.digits(COLON, 'string length');
		if (length < 0) throw new BencodeError('negative string length', start);
		if (length > this.bytes.length - this.pos) {
			throw new BencodeError(`string of ${length} bytes runs past the end`, start);
		}
		const value = this.bytes.subarray(this.pos, this.pos + length);
		this.pos += length;
		return value;
	}

	private list(depth: number): BencodeValue[] {
		this.pos++; // 'l'
		const items: BencodeValue[] = [];
		while (this.peek() !== E) items.push(this.value(depth + 1));
		this.pos++;
		return items;
	}

	private dict(depth: number): BencodeDict {
		this.pos++; // 'd'
		const entries: BencodeDict = new Map();
		while (this.peek() !== E) {
			const keyAt = this.pos;
			const byte = this.peek();
			if (byte < ZERO || byte > NINE) throw new BencodeError('dictionary key is not a string', keyAt);
			// Keys are read byte for byte (latin1) so that distinct byte strings stay distinct keys.
			const raw = this.string();
			const key = Buffer.from(raw.buffer, raw.byteOffset, raw.length).toString('latin1');
			if (entries.has(key)) throw new BencodeError(`duplicate key "${key.slice(0, 40)}"`, keyAt);
			const valueAt = this.pos;
			entries.set(key, this.value(depth + 1));
			if (depth === 0) this.spans.set(key, { start: valueAt, end: this.pos });
		}
		this.pos++;
		return entries;
	}
}

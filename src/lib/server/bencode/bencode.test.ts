// The bencode decoder on valid, malformed and hostile input: exact values, typed errors, bounded work.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import fixtures from 'webtorrent-fixtures';
import { describe, expect, it } from 'vitest';
import { BencodeError, decode, decodeWithSpans, MAX_DEPTH, type BencodeValue } from './bencode.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const str = (value: BencodeValue) => Buffer.from(value as Uint8Array).toString('latin1');

/** A plain encoder for generated values, so decoding can be checked against what was encoded. */
function encode(value: unknown): string {
	if (typeof value === 'number') return `i${value}e`;
	if (typeof value === 'string') return `${Buffer.byteLength(value, 'latin1')}:${value}`;
	if (Array.isArray(value)) return `l${value.map(encode).join('')}e`;
	const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
	return `d${entries.map(([key, item]) => encode(key) + encode(item)).join('')}e`;
}

/** Decoded values back to plain data, for comparison with what was encoded. */
function plain(value: BencodeValue): unknown {
	if (typeof value === 'number') return value;
	if (value instanceof Uint8Array) return str(value);
	if (Array.isArray(value)) return value.map(plain);
	return Object.fromEntries([...value].map(([key, item]) => [key, plain(item)]));
}

function errorOf(input: string | Uint8Array): BencodeError {
	try {
		decode(typeof input === 'string' ? bytes(input) : input);
	} catch (error) {
		if (error instanceof BencodeError) return error;
		throw error;
	}
	throw new Error(`decoded without error: ${String(input).slice(0, 40)}`);
}

describe('decode', () => {
	it('reads integers, strings, lists and dictionaries', () => {
		expect(plain(decode(bytes('d3:agei-42e4:listli0e0:e4:name5:alicee')))).toEqual({
			age: -42,
			list: [0, ''],
			name: 'alice'
		});
		expect(decode(bytes(`i${Number.MAX_SAFE_INTEGER}e`))).toBe(Number.MAX_SAFE_INTEGER);
	});

	it('gives back exactly what was encoded, for any generated value', () => {
		const leaf = fc.oneof(
			fc.maxSafeInteger().map((n) => n || 0),
			fc.string({ unit: 'binary-ascii' })
		);
		const value = fc.letrec<{ node: unknown }>((tie) => ({
			node: fc.oneof(
				{ depthSize: 'small' },
				leaf,
				fc.array(tie('node'), { maxLength: 4 }),
				fc.dictionary(fc.string({ unit: 'binary-ascii' }), tie('node'), { maxKeys: 4 })
			)
		})).node;
		fc.assert(
			fc.property(value, (input) => {
				expect(plain(decode(bytes(encode(input))))).toEqual(input);
			})
		);
	});

	it('keeps keys as keys: __proto__ does not touch any prototype', () => {
		const value = decode(bytes('d9:__proto__d5:admini1eee'));
		expect(value instanceof Map && value.has('__proto__')).toBe(true);
		expect(({} as Record<string, unknown>).admin).toBeUndefined();
	});

	it('accepts keys out of order (real torrents have them) but not twice', () => {
		expect(plain(decode(bytes('d1:bi1e1:ai2ee')))).toEqual({ a: 2, b: 1 });
		expect(errorOf('d1:ai1e1:ai2ee').message).toMatch(/duplicate key "a"/);
	});

	it('records the exact span of each top-level value', () => {
		const input = 'd4:infod1:zi1e1:ai2ee3:fooi7ee';
		const { spans } = decodeWithSpans(bytes(input));
		const info = spans.get('info');
		expect(info && input.slice(info.start, info.end)).toBe('d1:zi1e1:ai2ee');
		expect(spans.get('foo')).toEqual({ start: 26, end: 29 });
	});

	it('rejects non-canonical and malformed integers', () => {
		for (const input of ['i-0e', 'i05e', 'i-05e', 'ie', 'i-e', 'i1.5e', 'i+1e', 'i 1e', 'i12']) {
			expect(errorOf(input), input).toBeInstanceOf(BencodeError);
		}
		expect(errorOf('i99999999999999999999e').message).toMatch(/out of range at byte 0/);
	});

	it('rejects malformed string lengths', () => {
		for (const input of ['05:hello', '-1:a', ':abc', '3:ab', '1x:a', '-0:']) {
			expect(errorOf(input), input).toBeInstanceOf(BencodeError);
		}
	});

	it('fails at once on a declared length far beyond the input, before reading any of it', () => {
		// Refused where the length is declared: nothing was allocated or read for it.
		expect(errorOf('9007199254740991:x').message).toMatch(/runs past the end at byte 0/);
		expect(errorOf('l999999999999:abce').offset).toBe(1);
	});

	it('rejects structural garbage with the offset where it was found', () => {
		expect(errorOf('').offset).toBe(0);
		expect(errorOf('x').message).toBe('unexpected byte 0x78 at byte 0');
		expect(errorOf('i1ei2e').message).toBe('trailing bytes after the value at byte 3');
		expect(errorOf('d3:fooe').offset).toBe(6);
		expect(errorOf('di1ei2ee').message).toMatch(/key is not a string at byte 1/);
		expect(errorOf('l').message).toBe('unexpected end of input at byte 1');
	});

	it('allows MAX_DEPTH levels of nesting and not one more', () => {
		const nested = (depth: number) => 'l'.repeat(depth) + 'e'.repeat(depth);
		expect(() => decode(bytes(nested(MAX_DEPTH + 1)))).not.toThrow();
		expect(errorOf(nested(MAX_DEPTH + 2)).message).toMatch(/nesting deeper than 100/);
	});

	it('refuses a million levels of nesting at the depth limit, without overflowing the stack', () => {
		// Stopped at the limit's byte: the rest of the input was never walked.
		expect(errorOf('l'.repeat(1_000_000)).offset).toBe(MAX_DEPTH + 1);
		expect(errorOf('d1:a'.repeat(1_000_000)).message).toMatch(/nesting deeper/);
	});

	it('throws nothing but BencodeError, whatever the bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
				try {
					decode(input);
				} catch (error) {
					expect(error).toBeInstanceOf(BencodeError);
				}
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('real torrents', () => {
	const torrents = Object.entries(fixtures).filter(([, fixture]) => fixture.torrent);

	it.each(torrents)('%s: a BencodeError for every truncation, never anything else', (_, fixture) => {
		const whole = fixture.torrent;
		expect(() => decode(whole)).not.toThrow();
		for (let end = 0; end < whole.length; end++) {
			expect(errorOf(whole.subarray(0, end)).offset).toBeLessThanOrEqual(end);
		}
	});

	it.each(torrents)('%s: the info span hashes to the infohash parse-torrent computes', (_, fixture) => {
		const { spans } = decodeWithSpans(fixture.torrent);
		const span = spans.get('info');
		expect(span).toBeDefined();
		const hash = createHash('sha1').update(fixture.torrent.subarray(span?.start, span?.end));
		// parse-torrent rejects the corrupt fixture; for it the span must still be the info dict.
		if (fixture.parsedTorrent) expect(hash.digest('hex')).toBe(fixture.parsedTorrent.infoHash);
		else expect(str(fixture.torrent.subarray(span?.start, (span?.start ?? 0) + 9))).toBe('d6:length');
	});
});

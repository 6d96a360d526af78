// Body reading and text decoding on their own: caps, content codings, charset precedence.
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	TooLargeError,
	UnsupportedEncodingError,
	charsetOfContentType,
	decodeText,
	readCappedBody,
	sniffMetaCharset
} from './body.ts';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') =>
	new Uint8Array(Buffer.from(text, encoding));

describe('readCappedBody', () => {
	it('reads a body in pieces up to the cap exactly', async () => {
		const body = await readCappedBody(Readable.from([Buffer.from('abc'), Buffer.from('def')]), null, 6);
		expect(Buffer.from(body).toString()).toBe('abcdef');
		await expect(readCappedBody(Readable.from([Buffer.from('abcdefg')]), null, 6)).rejects.toBeInstanceOf(
			TooLargeError
		);
	});

	it('caps the decoded size of a small compressed body (brotli and zstd bombs)', async () => {
		const zeros = Buffer.alloc(20 * 1024 * 1024);
		const bombs = { br: zlib.brotliCompressSync(zeros), zstd: zlib.zstdCompressSync(zeros) };
		for (const [coding, bomb] of Object.entries(bombs))
			await expect(readCappedBody(Readable.from([bomb]), coding, 1024 * 1024)).rejects.toBeInstanceOf(
				TooLargeError
			);
	});

	it('decodes zstd, which the browser it presents as accepts', async () => {
		const packed = zlib.zstdCompressSync('zstd body');
		const body = await readCappedBody(
			Readable.from([packed.subarray(0, 3), packed.subarray(3)]),
			'zstd',
			1024
		);
		expect(Buffer.from(body).toString()).toBe('zstd body');
	});

	it('undoes stacked codings in reverse order, and keeps what a truncated gzip held', async () => {
		const twice = zlib.brotliCompressSync(zlib.gzipSync('layered'));
		const layered = await readCappedBody(Readable.from([twice]), 'gzip, br', 1024);
		expect(Buffer.from(layered).toString()).toBe('layered');
		const whole = zlib.gzipSync('x'.repeat(10_000) + 'tail');
		const cut = await readCappedBody(Readable.from([whole.subarray(0, whole.length - 8)]), 'gzip', 1e6);
		expect(Buffer.from(cut).toString()).toContain('tail');
	});

	it('inflates deflate both zlib-wrapped and raw, and caps a raw deflate bomb', async () => {
		for (const body of [zlib.deflateSync('wrapped or not'), zlib.deflateRawSync('wrapped or not')]) {
			const inflated = await readCappedBody(
				Readable.from([body.subarray(0, 1), body.subarray(1)]),
				'deflate',
				100
			);
			expect(Buffer.from(inflated).toString()).toBe('wrapped or not');
		}
		const bomb = zlib.deflateRawSync(Buffer.alloc(20 * 1024 * 1024));
		await expect(readCappedBody(Readable.from([bomb]), 'deflate', 1024 * 1024)).rejects.toBeInstanceOf(
			TooLargeError
		);
		expect((await readCappedBody(Readable.from([]), 'deflate', 10)).length).toBe(0);
	});

	it('refuses a coding it never asked for', async () => {
		await expect(readCappedBody(Readable.from([Buffer.from('x')]), 'compress', 10)).rejects.toBeInstanceOf(
			UnsupportedEncodingError
		);
	});
});

describe('decodeText', () => {
	it('reads the charset parameter in its usual spellings', () => {
		expect(charsetOfContentType('text/html; charset=ISO-8859-1')).toBe('ISO-8859-1');
		expect(charsetOfContentType('text/html;Charset="windows-1251"')).toBe('windows-1251');
		expect(charsetOfContentType('text/html')).toBeNull();
		expect(charsetOfContentType(null)).toBeNull();
	});

	it('finds a meta declaration only near the top', () => {
		expect(sniffMetaCharset(bytes("<meta charset='koi8-r'>"))).toBe('koi8-r');
		expect(sniffMetaCharset(bytes(' '.repeat(3000) + '<meta charset="koi8-r">'))).toBeNull();
	});

	it('prefers a BOM, then the header, then the meta tag, then UTF-8', () => {
		const cafe = bytes('café', 'latin1');
		expect(decodeText(cafe, 'text/html; charset=iso-8859-1')).toBe('café');
		expect(
			decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('café')]), 'text/html; charset=iso-8859-1')
		).toBe('café');
		const meta = new Uint8Array([...bytes('<meta charset="iso-8859-1">'), ...cafe]);
		expect(decodeText(meta, 'text/html; charset=utf-8')).toBe('<meta charset="iso-8859-1">caf\ufffd');
		expect(decodeText(meta, 'text/html')).toBe('<meta charset="iso-8859-1">café');
		expect(decodeText(bytes('café'), null)).toBe('café');
	});

	it('falls back when a label is unknown, and never reads a meta-declared UTF-16', () => {
		expect(decodeText(bytes('café'), 'text/html; charset=no-such-charset')).toBe('café');
		expect(decodeText(bytes('<meta charset="utf-16">café'), 'text/html')).toBe('<meta charset="utf-16">café');
	});
});

// Body reading on its own: caps and content codings.
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TooLargeError, UnsupportedEncodingError, readBodyPrefix, readCappedBody } from './body.ts';

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

describe('readBodyPrefix', () => {
	it('keeps the first bytes of a longer body, and closes it there', async () => {
		const body = Readable.from([Buffer.from('abcd'), Buffer.from('efgh'), Buffer.from('ijkl')]);
		const { bytes, truncated } = await readBodyPrefix(body, null, 6);
		expect([Buffer.from(bytes).toString(), truncated, body.destroyed]).toEqual(['abcdef', true, true]);
		const whole = await readBodyPrefix(Readable.from([Buffer.from('abc')]), null, 6);
		expect([Buffer.from(whole.bytes).toString(), whole.truncated]).toEqual(['abc', false]);
	});

	it('cuts a gzip body at the cap of its decoded bytes', async () => {
		const packed = zlib.gzipSync('x'.repeat(100_000));
		const { bytes, truncated } = await readBodyPrefix(Readable.from([packed]), 'gzip', 1000);
		expect([bytes.length, truncated]).toEqual([1000, true]);
	});
});

// Body reading on its own: caps and content codings.
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TooLargeError, UnsupportedEncodingError, collectBody, readCappedBody, streamBody } from './body.ts';

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

describe('streamBody', () => {
	it('ends a truncating stream at the cap, and closes the body there', async () => {
		const body = Readable.from([Buffer.from('abcd'), Buffer.from('efgh'), Buffer.from('ijkl')]);
		const stream = streamBody(body, null, 6, true);
		const pieces: string[] = [];
		for await (const chunk of stream) pieces.push(chunk.toString());
		expect([pieces.join(''), stream.truncated, body.destroyed]).toEqual(['abcdef', true, true]);
		const whole = streamBody(Readable.from([Buffer.from('abc')]), null, 6, true);
		expect([(await collectBody(whole)).toString(), whole.truncated]).toEqual(['abc', false]);
	});

	it('cuts a gzip body at the cap of its decoded bytes, in pieces no larger than what zlib gives', async () => {
		const packed = zlib.gzipSync('x'.repeat(1_000_000));
		const stream = streamBody(Readable.from([packed]), 'gzip', 300_000, true);
		const sizes: number[] = [];
		for await (const chunk of stream) sizes.push(chunk.length);
		expect([sizes.reduce((sum, size) => sum + size, 0), stream.truncated]).toEqual([300_000, true]);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(64 * 1024);
	});

	it('closes the body of a stream its reader leaves early', async () => {
		const body = Readable.from(
			(function* () {
				for (let n = 0; n < 100; n++) yield Buffer.alloc(1000, 0x61);
			})()
		);
		for await (const chunk of streamBody(body, null, 1e6, false)) if (chunk.length > 0) break;
		expect(body.destroyed).toBe(true);
	});
});

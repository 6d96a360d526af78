// Reads a response body within a byte cap, decompressing as it goes so a small compressed body that
// inflates to gigabytes stops at the cap, and decodes text with the charset a browser would pick.
import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';

type Stage = Transform | ((source: AsyncIterable<Buffer>) => AsyncGenerator<Buffer>);

/** The body went past its cap (before or after decompression). */
export class TooLargeError extends Error {
	constructor(readonly limit: number) {
		super(`larger than ${Math.round(limit / 1024)} KiB`);
		this.name = 'TooLargeError';
	}
}

/** The server used a content coding we never asked for. */
export class UnsupportedEncodingError extends Error {
	constructor(readonly encoding: string) {
		super(`unsupported content encoding ${encoding}`);
		this.name = 'UnsupportedEncodingError';
	}
}

// Truncated compressed bodies are common on the web and browsers show what arrived; so do we.
const ZLIB_FLUSH = { finishFlush: zlib.constants.Z_SYNC_FLUSH };

function isZlibHeader(head: Buffer): boolean {
	const [method = 0, flags = 0] = head;
	return (method & 0x0f) === 8 && ((method << 8) | flags) % 31 === 0;
}

// `deflate` should be zlib-wrapped, but some old servers send raw deflate; browsers take both, so do we.
async function* inflateEither(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
	const chunks = source[Symbol.asyncIterator]();
	let head = Buffer.alloc(0);
	while (head.length < 2) {
		const next = await chunks.next();
		if (next.done) break;
		head = Buffer.concat([head, next.value]);
	}
	if (head.length === 0) return;
	const inflater = isZlibHeader(head) ? zlib.createInflate(ZLIB_FLUSH) : zlib.createInflateRaw(ZLIB_FLUSH);
	async function* replay(): AsyncGenerator<Buffer> {
		yield head;
		for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
	}
	const input = Readable.from(replay());
	input.on('error', (error) => inflater.destroy(error));
	try {
		yield* input.pipe(inflater) as AsyncIterable<Buffer>;
	} finally {
		input.destroy();
		inflater.destroy();
	}
}

function decoderFor(encoding: string): Stage | null {
	switch (encoding) {
		case 'gzip':
		case 'x-gzip':
			return zlib.createGunzip(ZLIB_FLUSH);
		case 'deflate':
			return inflateEither;
		case 'br':
			return zlib.createBrotliDecompress({ finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
		case 'identity':
		case '':
			return null;
		default:
			throw new UnsupportedEncodingError(encoding);
	}
}

/** The decoders for a `Content-Encoding` header, in the order to apply them (the reverse of the header). */
export function decodersFor(contentEncoding: string | null): Stage[] {
	const codings = (contentEncoding ?? '')
		.split(',')
		.map((coding) => coding.trim().toLowerCase())
		.reverse();
	return codings.map(decoderFor).filter((decoder) => decoder !== null);
}

/** Thrown inside the pipeline when a truncating read has what it wants: not an error for the caller. */
class CapReached extends Error {}

function capped(limit: number, truncate: boolean) {
	return async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
		let size = 0;
		for await (const chunk of source) {
			if (size + chunk.length > limit) {
				if (!truncate) throw new TooLargeError(limit);
				yield chunk.subarray(0, limit - size);
				throw new CapReached();
			}
			size += chunk.length;
			yield chunk;
		}
	};
}

async function read(
	body: Readable,
	contentEncoding: string | null,
	limit: number,
	truncate: boolean
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
	const decoders = decodersFor(contentEncoding);
	const chunks: Buffer[] = [];
	let total = 0;
	let truncated = false;
	const stages: (Readable | Stage)[] = [body, capped(limit, truncate), ...decoders];
	try {
		await pipeline(...(stages as [Readable]), async (source: AsyncIterable<Buffer>) => {
			for await (const chunk of source) {
				if (total + chunk.length > limit) {
					if (!truncate) throw new TooLargeError(limit);
					chunks.push(chunk.subarray(0, limit - total));
					total = limit;
					throw new CapReached();
				}
				total += chunk.length;
				chunks.push(chunk);
			}
		});
	} catch (error) {
		if (!(error instanceof CapReached)) throw error;
		truncated = true;
		body.destroy();
	}
	// A Buffer is a Uint8Array: wrapping it in a new one would copy the whole body once more.
	return { bytes: Buffer.concat(chunks, total), truncated };
}

/**
 * Reads `body` whole, decoded per `contentEncoding`, failing with TooLargeError as soon as either the bytes
 * on the wire or the decoded bytes pass `limit`. Errors of the body stream (abort, reset) are rethrown.
 */
export async function readCappedBody(
	body: Readable,
	contentEncoding: string | null,
	limit: number
): Promise<Uint8Array> {
	return (await read(body, contentEncoding, limit, false)).bytes;
}

/**
 * Reads at most `limit` decoded bytes of `body` and stops there: a page past its cap still shows what
 * comes first (magnets sit near the top). The connection of a truncated body is closed, not reused.
 */
export function readBodyPrefix(
	body: Readable,
	contentEncoding: string | null,
	limit: number
): Promise<{ bytes: Uint8Array; truncated: boolean }> {
	return read(body, contentEncoding, limit, true);
}

/** The charset named by a Content-Type header, if any. */
export function charsetOfContentType(contentType: string | null): string | null {
	const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
	return (match?.[1] ?? match?.[2] ?? '').trim() || null;
}

// `<meta charset=…>` and `<meta http-equiv="Content-Type" content="…; charset=…">` both end in charset=.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset an HTML page declares in its first 2 KB (read as Latin-1, as the prescan does). */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
	const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 2048)).toString('latin1');
	return META_CHARSET.exec(head)?.[1] ?? null;
}

function decoder(label: string | null, fromMeta = false): TextDecoder | null {
	if (label === null) return null;
	try {
		const decoder = new TextDecoder(label);
		// A page cannot really be UTF-16 if its ASCII meta tag was readable; the HTML standard says UTF-8.
		return fromMeta && decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
	} catch {
		return null;
	}
}

function bomEncoding(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	return null;
}

/**
 * Decodes a body as a browser would: a byte-order mark first, then the Content-Type charset, then a
 * `<meta>` declaration near the top, else UTF-8. Unknown labels fall through to the next source.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
	const bom = bomEncoding(bytes);
	if (bom !== null) return new TextDecoder(bom).decode(bytes);
	const chosen =
		decoder(charsetOfContentType(contentType)) ??
		decoder(sniffMetaCharset(bytes), true) ??
		new TextDecoder('utf-8');
	return chosen.decode(bytes);
}

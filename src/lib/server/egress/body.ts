// Reads a response body within a byte cap, decompressing as it goes so a small compressed body that
// inflates to gigabytes stops at the cap.
import { PassThrough, Readable, type Transform } from 'node:stream';
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
		case 'zstd':
			return zlib.createZstdDecompress();
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

function capped(limit: number, truncate: boolean, onCut: () => void) {
	return async function* (source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
		let size = 0;
		for await (const chunk of source) {
			if (size + chunk.length > limit) {
				if (!truncate) throw new TooLargeError(limit);
				onCut();
				// Returning stops the read of `source`, which destroys it: the connection is closed, not reused.
				yield chunk.subarray(0, limit - size);
				return;
			}
			size += chunk.length;
			yield chunk;
		}
	};
}

/** A body's decoded bytes as they arrive; ending the iteration early, or `destroy()`, frees the connection. */
export interface BodyStream extends AsyncIterable<Buffer> {
	/** Known once the iteration is over: the body went past its cap and was cut there. */
	readonly truncated: boolean;
	destroy(): void;
}

/**
 * Streams `body`, decoded per `contentEncoding`, capping both the bytes on the wire and the decoded bytes at
 * `limit`: past it, a truncating stream ends there (the connection is closed, not reused), any other fails
 * with TooLargeError. Errors of the body stream (abort, reset) are thrown by the iteration.
 */
export function streamBody(
	body: Readable,
	contentEncoding: string | null,
	limit: number,
	truncate: boolean
): BodyStream {
	let decoders: Stage[];
	try {
		decoders = decodersFor(contentEncoding);
	} catch (error) {
		body.destroy();
		throw error;
	}
	let truncated = false;
	const cut = () => {
		truncated = true;
	};
	const out = new PassThrough();
	// The bytes on the wire are capped, and again once decoded when the body is encoded.
	const decoded = decoders.length > 0 ? [...decoders, capped(limit, truncate, cut)] : [];
	const stages = [body, capped(limit, truncate, cut), ...decoded, out];
	// Failures reach the reader through `out`, which the pipeline destroys with them.
	pipeline(...(stages as [Readable, PassThrough])).catch(() => undefined);
	return {
		get truncated() {
			return truncated;
		},
		destroy() {
			out.destroy();
			// A body read to its end keeps its connection for reuse.
			if (!body.readableEnded) body.destroy();
		},
		async *[Symbol.asyncIterator]() {
			try {
				for await (const chunk of out) yield chunk as Buffer;
			} finally {
				// Cut at the cap or left early: what is left of the body is not wanted, nor is its connection.
				if (!body.readableEnded) body.destroy();
			}
		}
	};
}

/** Every chunk of a body (a body stream, or what is left of one) in one buffer. */
export async function collectBody(stream: AsyncIterable<Uint8Array>): Promise<Buffer> {
	const chunks: Uint8Array[] = [];
	let total = 0;
	for await (const chunk of stream) {
		chunks.push(chunk);
		total += chunk.length;
	}
	return Buffer.concat(chunks, total);
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
	return await collectBody(streamBody(body, contentEncoding, limit, false));
}

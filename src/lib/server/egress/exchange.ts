// One HTTP exchange over a transport: the pieces every way out (links from remote content, what the
// operator configured) shares.
import { TooLargeError, readCappedBody, streamBody, type BodyStream } from './body.ts';
import type { ExchangeInit, Transport, TransportResponse } from './transport.ts';

/**
 * The one browser every request presents as, engines included: sites and engines serve bots a different
 * page or none at all, and headers that disagree (one browser's agent, another's hints) are what bot
 * detection looks for. Firefox ESR on Linux, with the headers it sends on a navigation, and no client
 * hints, which Firefox does not send. An engine may name another Accept (JSON, RSS), as a page's script would.
 */
export const BROWSER_HEADERS: Readonly<Record<string, string>> = {
	'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
	'accept-language': 'en-US,en;q=0.5',
	'accept-encoding': 'gzip, deflate, br, zstd'
};

export const ACCEPT_PAGE = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
export const ACCEPT_TORRENT = 'application/x-bittorrent,application/octet-stream;q=0.9,*/*;q=0.8';

export type Response = TransportResponse;

export function send(
	transport: Transport,
	url: URL,
	init: Omit<ExchangeInit, 'method'> & { method?: ExchangeInit['method'] }
): Promise<Response> {
	return transport.send(url, { ...init, method: init.method ?? 'GET' });
}

export function header(response: Response, name: string): string | null {
	const value = response.headers[name];
	return (Array.isArray(value) ? value[0] : value) ?? null;
}

export function toHeaders(response: Response): Headers {
	const headers = new Headers();
	for (const [name, value] of Object.entries(response.headers)) {
		for (const item of Array.isArray(value) ? value : [value])
			if (item !== undefined) headers.append(name, item);
	}
	return headers;
}

export const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Reads the body within `limit` bytes: refuses at once when Content-Length already says more, and
 * otherwise stops reading (and decompressing) at the cap.
 */
export async function readBody(response: Response, limit: number): Promise<Uint8Array> {
	const declared = Number(header(response, 'content-length') ?? Number.NaN);
	const encoding = header(response, 'content-encoding');
	if (Number.isFinite(declared) && declared > limit) {
		response.body.destroy();
		throw new TooLargeError(limit);
	}
	return readCappedBody(response.body, encoding, limit);
}

/**
 * Streams the body within `limit` decoded bytes: a truncating stream ends at the cap, any other fails there,
 * and at once when Content-Length already says more.
 */
export function streamResponseBody(response: Response, limit: number, truncate: boolean): BodyStream {
	const declared = Number(header(response, 'content-length') ?? Number.NaN);
	if (!truncate && Number.isFinite(declared) && declared > limit) {
		response.body.destroy();
		throw new TooLargeError(limit);
	}
	return streamBody(response.body, header(response, 'content-encoding'), limit, truncate);
}

/** A body not wanted is read this far to keep its connection for reuse; a longer one closes it. */
const DISCARD_LIMIT = 64 * 1024;

/** Frees a response whose body is not wanted, keeping the connection for reuse when it is short. */
export async function discard(response: Response): Promise<void> {
	let read = 0;
	try {
		for await (const chunk of response.body as AsyncIterable<Buffer>) {
			read += chunk.length;
			if (read > DISCARD_LIMIT) break;
		}
	} catch {
		// A body that failed is freed all the same.
	} finally {
		response.body.destroy();
	}
}

// One HTTP exchange over an undici agent, and the words for how it failed: the pieces the three ways
// out (untrusted links, engines, trusted services) share.
import type { Dispatcher } from 'undici';
import { request } from './undici-parts.ts';
import {
	TooLargeError,
	UnsupportedEncodingError,
	readCappedBody,
	streamBody,
	type BodyStream
} from './body.ts';
import { ForbiddenAddressError } from './checked-connector.ts';

export type FailureReason =
	| 'bad-url'
	| 'forbidden-address'
	| 'timeout'
	| 'too-large'
	| 'too-many-redirects'
	| 'http-status'
	| 'challenge'
	| 'network'
	| 'aborted';

export interface Failure {
	reason: FailureReason;
	message: string;
}

/** The abort reason of a fetch whose own time budget ran out (as opposed to its caller giving up). */
export class BudgetExpired extends Error {
	constructor(readonly ms: number) {
		super(`timed out after ${ms} ms`);
		this.name = 'BudgetExpired';
	}
}

/** The abort reason of a fetch whose deadline came before it could start. */
export class NoTimeLeft extends BudgetExpired {
	constructor() {
		super(0);
		this.message = 'not started: no time left before the search ends';
		this.name = 'NoTimeLeft';
	}
}

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

export interface Response {
	status: number;
	headers: Dispatcher.ResponseData['headers'];
	body: Dispatcher.ResponseData['body'];
}

export function send(
	dispatcher: Dispatcher,
	url: URL,
	init: { method?: 'GET' | 'POST'; headers: Record<string, string>; body?: string; signal: AbortSignal }
): Promise<Response> {
	return request(url, { dispatcher, ...init, method: init.method ?? 'GET' }).then((response) => ({
		status: response.statusCode,
		headers: response.headers,
		body: response.body
	}));
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

/** Frees a response whose body is not wanted, keeping the connection for reuse when it is short. */
export async function discard(response: Response): Promise<void> {
	await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
}

function causes(error: unknown): unknown[] {
	const chain: unknown[] = [];
	for (
		let at = error;
		at !== undefined && at !== null && chain.length < 8;
		at = (at as { cause?: unknown }).cause
	)
		chain.push(at);
	return chain;
}

const NETWORK_WORDS: Record<string, string> = {
	ENOTFOUND: 'host not found',
	EAI_AGAIN: 'name lookup failed',
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	EPIPE: 'connection closed',
	EHOSTUNREACH: 'host unreachable',
	ENETUNREACH: 'network unreachable',
	UND_ERR_SOCKET: 'connection closed',
	UND_ERR_CONNECT_TIMEOUT: 'connect timeout',
	HPE_INVALID_CONSTANT: 'invalid HTTP response'
};

/** Names a failure for the UI, telling the caller's abort from the fetch's own budget running out. */
export function describeFailure(error: unknown, signal: AbortSignal): Failure {
	if (signal.aborted)
		return signal.reason instanceof BudgetExpired
			? { reason: 'timeout', message: signal.reason.message }
			: { reason: 'aborted', message: 'aborted' };
	for (const cause of causes(error)) {
		if (cause instanceof ForbiddenAddressError)
			return { reason: 'forbidden-address', message: cause.message };
		if (cause instanceof TooLargeError) return { reason: 'too-large', message: cause.message };
		if (cause instanceof UnsupportedEncodingError) return { reason: 'network', message: cause.message };
	}
	for (const cause of causes(error)) {
		const code = (cause as { code?: unknown }).code;
		if (typeof code !== 'string') continue;
		const words = NETWORK_WORDS[code];
		if (words !== undefined) return { reason: 'network', message: words };
		if (code.startsWith('ERR_TLS') || code.includes('CERT'))
			return { reason: 'network', message: 'TLS error' };
	}
	const message = error instanceof Error ? error.message : String(error);
	return { reason: 'network', message: message.slice(0, 80) || 'network error' };
}

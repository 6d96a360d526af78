// Why a fetch failed: egress's one failure type, with every reason code in this one place. Every way out
// (links from remote content, what the operator configured) fails with it, as a value, never a throw.
import { TooLargeError, UnsupportedEncodingError } from './body.ts';
import { ForbiddenAddressError } from './checked-lookup.ts';

/**
 * What went wrong, as a stable code callers may branch on (the message is for people and may change):
 * - `bad-url`: not an http(s) URL, or a redirect off what may be followed;
 * - `forbidden-address`: a link's host is, or resolves to, an address links may not reach;
 * - `timeout`: the fetch's own budget ran out, or its deadline came before it could start;
 * - `aborted`: the caller gave up, or egress closed;
 * - `too-large`: the body went past its cap;
 * - `too-many-redirects`, `http-status`, `challenge` (Cloudflare, DDoS-Guard): where redirects are
 *   followed, the answer that ended them was not a page;
 * - `network`: anything the connection or the protocol said instead (refused, reset, TLS, DNS…).
 */
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

/**
 * Why a fetch failed, and the address it had reached. A configured URL's `url` may hold the operator's
 * key or credentials: it is for the code that asked, never to be shown.
 */
export interface FetchFailure {
	reason: FailureReason;
	/** Short, for people: `connection refused`, `HTTP 404`, `timed out after 2000 ms`. */
	message: string;
	url: string;
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
export function describeFailure(error: unknown, signal: AbortSignal, url: string): FetchFailure {
	return { url, ...reasonOf(error, signal) };
}

function reasonOf(error: unknown, signal: AbortSignal): Omit<FetchFailure, 'url'> {
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

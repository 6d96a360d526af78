// One HTTP exchange with a torrent client: the operator's own address (trusted, so it may be on the LAN),
// through the app's egress with its timeouts, and the words for how it failed, addressed to a person.
import { fetchConfigured, type ConfiguredRequest } from '#lib/server/egress/index.ts';

/** A send that failed for a reason the person should read: the client's label is added by the caller. */
export class SendFailure extends Error {
	constructor(reason: string) {
		super(reason);
		this.name = 'SendFailure';
	}
}

export interface ClientAnswer {
	status: number;
	headers: Headers;
	body: string;
}

/** Every exchange of one send shares a single deadline, however many requests the protocol needs. */
export interface Deadline {
	at: number;
	signal?: AbortSignal;
}

export const SEND_TIMEOUT_MS = 10_000;

export function deadline(signal?: AbortSignal, ms = SEND_TIMEOUT_MS): Deadline {
	return { at: Date.now() + ms, signal };
}

export async function exchange(request: ConfiguredRequest, by: Deadline): Promise<ClientAnswer> {
	const timeoutMs = Math.max(1, by.at - Date.now());
	const result = await fetchConfigured(request, { timeoutMs, signal: by.signal });
	if (result.ok)
		return { status: result.value.status, headers: result.value.headers, body: result.value.body };
	const { reason, message } = result.error;
	if (reason === 'timeout') throw new SendFailure('did not answer in time');
	if (reason === 'aborted') throw new SendFailure('the request was cancelled');
	if (reason === 'too-large') throw new SendFailure('answered with far too much data');
	throw new SendFailure(`could not be reached (${message})`);
}

export function basicAuthorization(username: string, password: string): string {
	return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/** `path` under the client's base URL, keeping a prefix it is served under (a reverse proxy's /qbt/). */
export function under(base: URL, path: string): string {
	const url = new URL(base);
	url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
	return url.href;
}

/** The first cookie a response sets, as `name=value` for the next request. */
export function firstCookie(headers: Headers): string | null {
	return headers.getSetCookie()[0]?.split(';')[0]?.trim() || null;
}

/**
 * Every spelling in which a request of ours carries the client's password: as written, percent-encoded
 * (a form), JSON-escaped (an RPC), and inside Basic authorization.
 */
export function secretSpellings(username: string, password: string): string[] {
	if (password === '') return [];
	return [
		password,
		encodeURIComponent(password),
		new URLSearchParams({ password }).toString().slice('password='.length),
		JSON.stringify(password).slice(1, -1),
		Buffer.from(`${username}:${password}`).toString('base64')
	];
}

/**
 * A short, printable excerpt of an unexpected answer, for the person and the log. An answer that repeats
 * the credentials (an echo service, a misconfigured address that reflects the request) is never quoted.
 */
export function excerpt(body: string, secrets: readonly string[]): string {
	if (secrets.some((secret) => body.includes(secret)))
		return 'an answer that repeats the request and its credentials (is the address right?)';
	const text = body.replace(/\s+/g, ' ').trim();
	return text.length > 80 ? `${text.slice(0, 80)}…` : text || 'an empty answer';
}

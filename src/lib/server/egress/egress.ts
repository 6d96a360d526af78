// Every HTTP request the server makes, by trust: guarded fetches for links from remote content, plain ones
// for the endpoints the operator configured; all size-capped, time-boxed and closed at shutdown.
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { collectBody, type BodyStream } from './body.ts';
import { onShutdown } from '#lib/server/lifecycle.ts';
import type { Allowlist } from './address-policy.ts';
import { decodeText } from './charset.ts';
import { checkedLookup, forbiddenLiteral, systemResolve, type Resolve } from './checked-lookup.ts';
import type { ConfiguredAnswer, ConfiguredRequest } from './configured-request.ts';
import {
	ACCEPT_PAGE,
	ACCEPT_TORRENT,
	BROWSER_HEADERS,
	header,
	readBody,
	send,
	streamResponseBody,
	toHeaders,
	type Response
} from './exchange.ts';
import { BudgetExpired, NoTimeLeft, describeFailure, type FetchFailure } from './failure.ts';
import { follow } from './follow.ts';
import { Limiter } from './limiter.ts';
import { Transport } from './transport.ts';
import { parseUntrustedUrl, type UntrustedUrl } from './untrusted-url.ts';

/** A fetched body and what came with it; `url` is where the redirects ended. */
export interface Fetched {
	url: string;
	status: number;
	contentType: string | null;
	body: Uint8Array;
	/** A page past its cap: `body` holds its first LIMITS.page bytes. */
	truncated: boolean;
	/** The body decoded with its declared charset, on first call. */
	text: () => string;
}

/** A response whose body is read as it arrives; `url` is where the redirects ended. */
export interface Streamed {
	url: string;
	status: number;
	contentType: string | null;
	/** The decoded bytes, within the cap of the fetch's kind; a page past its cap ends there (`truncated`). */
	body: BodyStream;
}

/** What a configured .torrent link gave: the file, a magnet it redirected to, or a redirect off its origin. */
export type ConfiguredTorrent = { body: Uint8Array } | { magnet: string } | { elsewhere: string };

/** Body caps in bytes, after decompression too: a page past its cap is cut there, anything else fails. */
export const LIMITS = {
	page: 2 * 1024 * 1024,
	torrent: 8 * 1024 * 1024,
	configured: 4 * 1024 * 1024
};
/** A link fetch with less time than this before its deadline is not started: hardly a page answers so fast. */
export const MIN_FETCH_MS = 100;

export interface EgressSettings {
	/** Addresses links may reach although private (EGRESS_ALLOWLIST). */
	allowlist: Allowlist;
	/** Budget of one untrusted fetch when the caller gives none (SITE_TIMEOUT_MS). */
	siteTimeoutMs: number;
	/** How names are resolved; tests put their own here instead of editing /etc/hosts. */
	resolve?: Resolve;
	connectionsPerOrigin?: number;
	/** Untrusted fetches in flight at once, across all origins. */
	maxInFlight?: number;
}

export interface UntrustedFetchOptions {
	kind: 'page' | 'torrent';
	signal?: AbortSignal;
	timeoutMs?: number;
	deadline?: number;
}

export interface ConfiguredFetchOptions {
	signal?: AbortSignal;
	timeoutMs: number;
	/**
	 * Follow redirects (a service such as Cinemeta), each hop only to http(s); by default the redirect is
	 * the answer (an engine reads it: a captcha's address is how some engines say they are blocked).
	 */
	followRedirects?: boolean;
}

export interface Egress {
	/**
	 * `deadline` (a `performance.now()` time) ends the fetch early, and refuses it when it could not start
	 * before then. Waiting for a connection to the same origin or a slot in flight spends no budget.
	 */
	fetchUntrusted(url: string, options: UntrustedFetchOptions): Promise<Outcome<Fetched, FetchFailure>>;
	/**
	 * Fetches as fetchUntrusted does, but hands the response to `read` as its body arrives, so no whole
	 * body needs to exist. The fetch's slot, budget and abort last until `read` settles; what `read` left
	 * unread is then dropped with its connection. A failure of the body while `read` runs fails the fetch.
	 */
	streamUntrusted<T>(
		url: string,
		options: UntrustedFetchOptions,
		read: (response: Streamed) => Promise<T>
	): Promise<Outcome<T, FetchFailure>>;
	/**
	 * Sends a request to an endpoint the operator configured (trusted: it may be on the LAN or loopback),
	 * with the browser's headers, within the configured cap.
	 */
	fetchConfigured(
		request: ConfiguredRequest,
		options: ConfiguredFetchOptions
	): Promise<Outcome<ConfiguredAnswer, FetchFailure>>;
	/**
	 * A .torrent an operator-configured service serves (a Torznab source's /dl/ link), within the .torrent
	 * cap. Redirects on its own origin are followed; a redirect to a `magnet:` is handed back as that
	 * magnet, never fetched; one to another origin is handed back too, for the caller to fetch as untrusted.
	 */
	fetchConfiguredTorrent(
		url: string,
		options: { signal?: AbortSignal; timeoutMs: number; deadline?: number }
	): Promise<Outcome<ConfiguredTorrent, FetchFailure>>;
	/** Aborts what is in flight and closes every connection; the next fetch starts afresh. */
	close(): Promise<void>;
}

export function createEgress(settings: EgressSettings): Egress {
	const { allowlist, siteTimeoutMs, resolve = systemResolve } = settings;
	const connections = settings.connectionsPerOrigin ?? 4;
	const limiter = new Limiter(settings.maxInFlight ?? 24);
	// Our own queue per origin, as deep as the transport's connections: a fetch waits here, not for a socket
	// where its budget would already be running.
	const originLimiters = new Map<string, Limiter>();
	const inFlight = new Set<AbortController>();
	let transports: { untrusted: Transport; configured: Transport } | undefined;

	// Created on first use: a socket-activated process answers /healthz without building any of this.
	function transport(which: 'untrusted' | 'configured'): Transport {
		if (transports === undefined) {
			transports = {
				untrusted: new Transport({
					connections,
					lookup: checkedLookup(allowlist, resolve),
					refuseLiteral: (address) => forbiddenLiteral(address, allowlist)
				}),
				configured: new Transport({ connections })
			};
			onShutdown(close);
		}
		return transports[which];
	}

	function originLimiter(url: string): Limiter {
		const origin = URL.parse(url)?.origin ?? url;
		let found = originLimiters.get(origin);
		if (!found) {
			const created = new Limiter(connections, () => originLimiters.delete(origin));
			originLimiters.set(origin, created);
			found = created;
		}
		return found;
	}

	/**
	 * Runs `work` under one controller that the caller's signal, the budget and close() can all abort. The
	 * budget starts once every limit has let the work through, and ends by `deadline` at the latest.
	 */
	async function guarded<T>(
		url: string,
		signal: AbortSignal | undefined,
		timeoutMs: number,
		work: (signal: AbortSignal) => Promise<Outcome<T, FetchFailure>>,
		limits: Limiter[] = [],
		deadline = Number.POSITIVE_INFINITY
	): Promise<Outcome<T, FetchFailure>> {
		const controller = new AbortController();
		const forward = () => controller.abort(signal?.reason);
		if (signal?.aborted) forward();
		signal?.addEventListener('abort', forward, { once: true });
		inFlight.add(controller);
		let timer: NodeJS.Timeout | undefined;
		const run = () => {
			const left = deadline - performance.now();
			if (left < MIN_FETCH_MS) {
				controller.abort(new NoTimeLeft());
				throw controller.signal.reason;
			}
			const budget = Math.min(timeoutMs, Math.floor(left));
			timer = setTimeout(() => controller.abort(new BudgetExpired(budget)), budget);
			return work(controller.signal);
		};
		const limited = limits.reduceRight<() => Promise<Outcome<T, FetchFailure>>>(
			(inner, limit) => () => limit.run(inner, controller.signal),
			run
		);
		try {
			return await limited();
		} catch (error) {
			return fail(describeFailure(error, controller.signal, url));
		} finally {
			clearTimeout(timer);
			signal?.removeEventListener('abort', forward);
			inFlight.delete(controller);
		}
	}

	function streamUntrusted<T>(
		url: string,
		options: UntrustedFetchOptions,
		read: (response: Streamed) => Promise<T>
	): Promise<Outcome<T, FetchFailure>> {
		const headers = { ...BROWSER_HEADERS, accept: options.kind === 'page' ? ACCEPT_PAGE : ACCEPT_TORRENT };
		const judge = (raw: string, base?: string) => parseUntrustedUrl(raw, allowlist, base);
		// Refuse a bad or literal private URL before queueing behind other fetches.
		const first = judge(url);
		if (!first.ok) return Promise.resolve(fail({ url, ...first.error }));
		// A page past its cap is read up to it (magnets sit near the top); a cut .torrent is worth nothing.
		const truncate = options.kind === 'page';
		return guarded(
			url,
			options.signal,
			options.timeoutMs ?? siteTimeoutMs,
			async (signal) => {
				const followed = await follow(transport('untrusted'), url, judge, { headers }, signal);
				if (!followed.ok) return followed;
				const { response } = followed.value;
				const body = streamResponseBody(response, LIMITS[options.kind], truncate);
				try {
					const contentType = header(response, 'content-type');
					return ok(await read({ url: followed.value.url, status: response.status, contentType, body }));
				} finally {
					body.destroy();
				}
			},
			[originLimiter(first.value.href), limiter],
			options.deadline
		);
	}

	function fetchUntrusted(
		url: string,
		options: UntrustedFetchOptions
	): Promise<Outcome<Fetched, FetchFailure>> {
		return streamUntrusted(url, options, async ({ url, status, contentType, body }) => {
			const bytes = await collectBody(body);
			return fetched(url, status, contentType, bytes, body.truncated);
		});
	}

	function fetchConfigured(
		request: ConfiguredRequest,
		options: ConfiguredFetchOptions
	): Promise<Outcome<ConfiguredAnswer, FetchFailure>> {
		const headers: Record<string, string> = { ...BROWSER_HEADERS, accept: ACCEPT_PAGE };
		for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
		const { url, method, body } = request;
		return guarded(url, options.signal, options.timeoutMs, async (signal) => {
			const answered = options.followRedirects
				? await follow(transport('configured'), url, httpUrl, { method, headers, body }, signal)
				: await sendOnce(url, { method, headers, body, signal });
			if (!answered.ok) return answered;
			const { response } = answered.value;
			const bytes = await readBody(response, LIMITS.configured);
			return ok({
				status: response.status,
				url: answered.value.url,
				headers: toHeaders(response),
				body: decodeText(bytes, header(response, 'content-type'))
			});
		});
	}

	/** Sends to a configured URL once: whatever it answers, a redirect too, is the answer. */
	async function sendOnce(
		url: string,
		init: Parameters<typeof send>[2]
	): Promise<Outcome<{ url: string; response: Response }, FetchFailure>> {
		const judged = httpUrl(url);
		if (!judged.ok) return fail({ url, ...judged.error });
		return ok({ url, response: await send(transport('configured'), judged.value, init) });
	}

	function fetchConfiguredTorrent(
		url: string,
		options: { signal?: AbortSignal; timeoutMs: number; deadline?: number }
	): Promise<Outcome<ConfiguredTorrent, FetchFailure>> {
		const headers = { ...BROWSER_HEADERS, accept: ACCEPT_TORRENT };
		const origin = URL.parse(url)?.origin;
		// A hop the service's own origin does not serve is not followed here: it is no longer operator-configured.
		const judge = (raw: string, base?: string): UntrustedUrl => {
			const next = URL.parse(raw.trim(), base);
			if (next && (next.protocol === 'magnet:' || next.origin !== origin))
				return fail({ reason: 'bad-url', message: OFF_ORIGIN });
			return httpUrl(raw, base);
		};
		return guarded<ConfiguredTorrent>(
			url,
			options.signal,
			options.timeoutMs,
			async (signal) => {
				const followed = await follow(transport('configured'), url, judge, { headers }, signal);
				if (!followed.ok) {
					const { url: target, message } = followed.error;
					if (message !== OFF_ORIGIN) return followed;
					return ok(target.startsWith('magnet:') ? { magnet: target } : { elsewhere: target });
				}
				return ok({ body: await readBody(followed.value.response, LIMITS.torrent) });
			},
			[],
			options.deadline
		);
	}

	async function close(): Promise<void> {
		for (const controller of inFlight) controller.abort(new Error('egress closed'));
		const closing = transports;
		transports = undefined;
		closing?.untrusted.close();
		closing?.configured.close();
	}

	return { fetchUntrusted, streamUntrusted, fetchConfigured, fetchConfiguredTorrent, close };
}

function fetched(
	url: string,
	status: number,
	contentType: string | null,
	body: Uint8Array,
	truncated: boolean
): Fetched {
	let text: string | undefined;
	return { url, status, contentType, body, truncated, text: () => (text ??= decodeText(body, contentType)) };
}

const OFF_ORIGIN = 'redirected off the service';

/** For operator-configured URLs: any http(s) URL, credentials kept (the operator put them there). */
function httpUrl(raw: string, base?: string): UntrustedUrl {
	try {
		const url = new URL(raw, base);
		if (url.protocol === 'http:' || url.protocol === 'https:') return ok(url);
		return fail({ reason: 'bad-url', message: `${url.protocol.slice(0, -1)} URLs are not fetched` });
	} catch {
		return fail({ reason: 'bad-url', message: 'invalid URL' });
	}
}

// The app's one egress, set up from config on first use, and egress's one door: every other module
// imports from here (lint keeps it so). Swarm opens its own UDP and TCP sockets, judged by the same
// address policy and bounded by the same kind of limiter that are exported here.
import { config } from '#lib/server/config.ts';
import type { Outcome } from '#lib/outcome.ts';
import {
	createEgress,
	type Egress,
	type FetchFailure,
	type Streamed,
	type UntrustedFetchOptions
} from './egress.ts';
import type { EngineRequest } from './engine-exchange.ts';
import { systemResolve } from './checked-connector.ts';
import { checkUntrustedDestination } from './destination-check.ts';

export { createEgress, LIMITS, MIN_FETCH_MS } from './egress.ts';
export { MAX_REDIRECTS } from './follow.ts';
export type {
	Egress,
	EgressSettings,
	EngineFetchResult,
	Fetched,
	FetchFailure,
	FetchResult,
	Streamed,
	TrustedTorrent,
	UntrustedFetchOptions
} from './egress.ts';
export type { EngineAnswer, EngineRequest } from './engine-exchange.ts';
export { collectBody, type BodyStream } from './body.ts';
export { decodeText, decodeTextStream } from './charset.ts';
export { isForbiddenAddress, isLocalName, allowlistContains, type Allowlist } from './address-policy.ts';
export { systemResolve, type Resolve } from './checked-connector.ts';
export { Limiter } from './limiter.ts';
export { challengeReason, engineChallenge, type ChallengeVendor } from './challenge.ts';

let shared: Egress | undefined;

function egress(): Egress {
	shared ??= createEgress({
		allowlist: config.egressAllowlist,
		siteTimeoutMs: config.siteTimeoutMs,
		maxInFlight: config.egressMaxInFlight,
		connectionsPerOrigin: config.egressConnectionsPerHost
	});
	return shared;
}

/** Fetches a link that came from remote content (a result page, a redirect, a .torrent), guarded. */
export function fetchUntrusted(
	...args: Parameters<Egress['fetchUntrusted']>
): ReturnType<Egress['fetchUntrusted']> {
	return egress().fetchUntrusted(...args);
}

/** Fetches a link from remote content as fetchUntrusted does, handing its body to `read` as it arrives. */
export function streamUntrusted<T>(
	url: string,
	options: UntrustedFetchOptions,
	read: (response: Streamed) => Promise<T>
): Promise<Outcome<T, FetchFailure>> {
	return egress().streamUntrusted(url, options, read);
}

/** Sends an engine's request to its operator-configured endpoint, without following redirects. */
export function fetchEngine(
	request: EngineRequest,
	options: Parameters<Egress['fetchEngine']>[1]
): ReturnType<Egress['fetchEngine']> {
	return egress().fetchEngine(request, options);
}

/** Fetches an operator-configured service (e.g. CINEMETA_URL), following redirects. */
export function fetchTrusted(
	...args: Parameters<Egress['fetchTrusted']>
): ReturnType<Egress['fetchTrusted']> {
	return egress().fetchTrusted(...args);
}

/** Fetches a .torrent an operator-configured service serves (a Torznab source's download link). */
export function fetchTrustedTorrent(
	...args: Parameters<Egress['fetchTrustedTorrent']>
): ReturnType<Egress['fetchTrustedTorrent']> {
	return egress().fetchTrustedTorrent(...args);
}

/** Whether a link from remote content may be handed to another program to fetch (FlareSolverr). */
export function checkDestination(url: string): Promise<Outcome<URL, string>> {
	return checkUntrustedDestination(url, config.egressAllowlist, systemResolve);
}

/** Aborts in-flight fetches and closes every pooled connection (also registered for shutdown). */
export async function closeEgress(): Promise<void> {
	await shared?.close();
}

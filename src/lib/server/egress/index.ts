// Egress's one door, and the app's one egress, set up from config on first use: every HTTP request the
// server makes goes through here, named by how far its URL is trusted (what the operator configured, or a
// link from remote content), and fails with one FetchFailure whose reason codes live in failure.ts. Not
// everything outbound is HTTP, nor passes here: swarm opens its own UDP and TCP sockets to trackers and
// peers, judged by the address policy exported here (isForbiddenAddress, Resolve) and bounded by a Limiter
// of its own, and the state store connects to the operator's REDIS_URL through its Redis client.
import { config } from '#lib/server/config.ts';
import type { Outcome } from '#lib/outcome.ts';
import type { ConfiguredRequest } from './configured-request.ts';
import { systemResolve } from './checked-lookup.ts';
import { checkUntrustedDestination } from './destination-check.ts';
import {
	createEgress,
	type ConfiguredFetchOptions,
	type Egress,
	type Streamed,
	type UntrustedFetchOptions
} from './egress.ts';
import type { FetchFailure } from './failure.ts';

export { createEgress, LIMITS, MIN_FETCH_MS } from './egress.ts';
export { MAX_REDIRECTS } from './follow.ts';
export type {
	ConfiguredFetchOptions,
	ConfiguredTorrent,
	Egress,
	EgressSettings,
	Fetched,
	Streamed,
	UntrustedFetchOptions
} from './egress.ts';
export type { ConfiguredAnswer, ConfiguredRequest } from './configured-request.ts';
export type { FailureReason, FetchFailure } from './failure.ts';
export { collectBody, type BodyStream } from './body.ts';
export { decodeText, decodeTextStream } from './charset.ts';
export { isForbiddenAddress, isLocalName, allowlistContains, type Allowlist } from './address-policy.ts';
export { allowedAddresses, systemResolve, type Resolve } from './checked-lookup.ts';
export { Limiter } from './limiter.ts';
export { afterRequestsWritten } from './requests-written.ts';
export { challengeReason, answerChallenge, type ChallengeVendor } from './challenge.ts';

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

/**
 * Sends a request to an endpoint the operator configured (an engine, a Torznab source, a torrent client,
 * FlareSolverr, Cinemeta): trusted, so it may be on the LAN; its redirects are the answer unless followed.
 */
export function fetchConfigured(
	request: ConfiguredRequest,
	options: ConfiguredFetchOptions
): ReturnType<Egress['fetchConfigured']> {
	return egress().fetchConfigured(request, options);
}

/** Fetches a .torrent an operator-configured service serves (a Torznab source's download link). */
export function fetchConfiguredTorrent(
	...args: Parameters<Egress['fetchConfiguredTorrent']>
): ReturnType<Egress['fetchConfiguredTorrent']> {
	return egress().fetchConfiguredTorrent(...args);
}

/** Whether a link from remote content may be handed to another program to fetch (FlareSolverr). */
export function checkDestination(url: string): Promise<Outcome<URL, FetchFailure>> {
	return checkUntrustedDestination(url, config.egressAllowlist, systemResolve);
}

/** Aborts in-flight fetches and closes every pooled connection (also registered for shutdown). */
export async function closeEgress(): Promise<void> {
	await shared?.close();
}

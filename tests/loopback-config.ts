// The configuration the search core's tests on loopback run with, as the whole of `#lib/server/config.ts`
// (`vi.mock('#lib/server/config.ts', () => import('#tests/loopback-config.ts'))`): the real egress let onto
// loopback, engines asked where `engineUrls` says, no store of finished searches. A test changes what it
// needs before its first search.
import ipaddr from 'ipaddr.js';

export const engineUrls: Record<string, string> = {};

export const config = {
	defaultEngines: ['duckduckgo'],
	siteTimeoutMs: 5000,
	// Far past anything here: a search that only ended at its deadline would fail the test's own timeout.
	searchTimeoutMs: 120_000,
	egressAllowlist: [ipaddr.parseCIDR('127.0.0.1/32')],
	cacheTtlSeconds: 0,
	egressMaxInFlight: 24,
	egressConnectionsPerHost: 4
};

export function engineUrlOverride(id: string): string | undefined {
	return engineUrls[id];
}

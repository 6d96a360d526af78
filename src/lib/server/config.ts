// Behaviour settings, read once from the typed environment (src/env.ts) and named for what they do.
import { resolve } from 'node:path';
import * as env from '$app/env/private';
import { engineUrlVariable, type EngineId } from '#lib/engine-ids.ts';

export const config = {
	defaultEngines: env.ENGINES,
	siteTimeoutMs: env.SITE_TIMEOUT_MS,
	searchTimeoutMs: env.SEARCH_TIMEOUT_MS,
	/** Stremio's answer waits this long at most; its searches finish into the store after it. */
	stremioBudgetMs: env.STREMIO_BUDGET_MS,
	egressAllowlist: env.EGRESS_ALLOWLIST,
	cacheTtlSeconds: env.CACHE_TTL_SECONDS,
	torznabApiKey: env.TORZNAB_APIKEY,
	cinemetaUrl: env.CINEMETA_URL,
	/** Set when a TLS proxy in front names the scheme; without it the server is reached over plain http. */
	protocolHeader: env.PROTOCOL_HEADER,
	imdbUrl: env.IMDB_URL,
	searchRateLimit: env.SEARCH_RATE_LIMIT,
	maxConcurrentSearches: env.MAX_CONCURRENT_SEARCHES,
	rateLimitMaxClients: env.RATE_LIMIT_MAX_CLIENTS,
	egressMaxInFlight: env.EGRESS_MAX_IN_FLIGHT,
	egressConnectionsPerHost: env.EGRESS_CONNECTIONS_PER_HOST,
	swarmHealth: env.SWARM_HEALTH,
	swarmTimeoutMs: env.SWARM_TIMEOUT_MS,
	swarmGraceMs: env.SWARM_GRACE_MS,
	swarmMaxSockets: env.SWARM_MAX_SOCKETS,
	/** Where the embedded store lives: STATE_DIR, else systemd's first StateDirectory=, else .cache/state. */
	stateDir: resolve(env.STATE_DIR ?? env.STATE_DIRECTORY?.split(':')[0] ?? '.cache/state'),
	/** When set, state lives in this Redis or Valkey, shared by replicas. */
	redisUrl: env.REDIS_URL,
	/** Where results can be sent (TORRENT_CLIENTS), in the operator's order; the first is the default. */
	torrentClients: env.TORRENT_CLIENTS,
	/** Hosts a change may be addressed to (ALLOWED_HOSTS); null: the default set (allowed-hosts.ts). */
	allowedHosts: env.ALLOWED_HOSTS,
	/** ORIGIN's host, allowed by default too. */
	originHost: env.ORIGIN ? new URL(env.ORIGIN).hostname.replace(/^\[|\]$/g, '') : null,
	/** Named users (AUTH_*): only with AUTH_USER_HEADER, else anyone reaching the server may change things. */
	identity: env.AUTH_USER_HEADER
		? { header: env.AUTH_USER_HEADER, trustedProxies: env.AUTH_TRUSTED_PROXIES, users: env.AUTH_USERS }
		: null,
	sendRateLimit: env.SEND_RATE_LIMIT,
	/** When set, /metrics answers only a request that carries it as a bearer token. */
	metricsToken: env.METRICS_TOKEN
};

/** The operator's base URL for an engine (`<ID>_URL`, or `SEARXNG_URL`), if any. */
export function engineUrlOverride(id: EngineId): string | undefined {
	return (env as Record<string, unknown>)[engineUrlVariable(id)] as string | undefined;
}

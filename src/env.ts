// The app's environment, typed and checked once at start; nothing else reads process.env.
import { defineEnvVars } from '@sveltejs/kit/env';
import ipaddr from 'ipaddr.js';
import { parseAllowedHosts } from '#lib/server/http/allowed-hosts.ts';
import { parseAddressRanges, parseHeaderName, parseUsers } from '#lib/server/http/named-user.ts';
import { parseTorrentClients } from '#lib/server/torrent-clients/client-list.ts';
import {
	DEFAULT_ENGINES,
	ENGINE_IDS,
	engineUrlVariable,
	isEngineId,
	type EngineId
} from '#lib/engine-ids.ts';

// Each message names its variable: SvelteKit prints them when it refuses to start. The checks are the
// plain functions SvelteKit takes as validators: every one was already hand-written, and wrapping them in
// zod schemas cost each cold start 7–12 ms of building schemas before the first byte.
type Read<T> = (value: string | undefined) => T | { invalid: string };

/** An optional variable: `read` turns its text into the value, or says what is wrong with it. */
function variable<T>(read: Read<T>): (value: string | undefined) => T {
	return (value) => {
		const result = read(value?.trim() === '' ? undefined : value);
		if (typeof result === 'object' && result !== null && 'invalid' in result) throw new Error(result.invalid);
		return result as T;
	};
}

function integer(name: string, fallback: number, min: number, max: number) {
	return variable((value) => {
		if (value === undefined) return fallback;
		const number = Number(value);
		if (Number.isInteger(number) && number >= min && number <= max) return number;
		return { invalid: `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(value)}` };
	});
}

function onOff(name: string, fallback: boolean) {
	return variable((value) => {
		if (value === undefined) return fallback;
		const text = value.trim().toLowerCase();
		if (['on', 'true', '1', 'yes'].includes(text)) return true;
		if (['off', 'false', '0', 'no'].includes(text)) return false;
		return { invalid: `${name} must be on or off, got ${JSON.stringify(value)}` };
	});
}

function url(name: string, fallback?: string) {
	return variable((value) => {
		if (value === undefined) return fallback;
		try {
			const parsed = new URL(value.trim());
			if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href.replace(/\/$/, '');
		} catch {
			// reported below
		}
		return { invalid: `${name} must be an http(s) URL, got ${JSON.stringify(value)}` };
	});
}

function list(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
}

/** A directory for the state store; relative paths are taken from the working directory. */
function directory(name: string) {
	return variable((value) => {
		if (value === undefined) return undefined;
		if (value.includes('\0'))
			return { invalid: `${name} must be a directory path, got ${JSON.stringify(value)}` };
		return value;
	});
}

const redisUrl = variable((value) => {
	if (value === undefined) return undefined;
	let scheme = 'no URL';
	try {
		const parsed = new URL(value.trim());
		if ((parsed.protocol === 'redis:' || parsed.protocol === 'rediss:') && parsed.hostname)
			return parsed.href;
		scheme = parsed.hostname ? `${parsed.protocol}//…` : 'a URL without a host';
	} catch {
		// reported below
	}
	// Never the value itself: it may hold the server's password.
	return {
		invalid: `REDIS_URL must be a redis:// or rediss:// URL with a host (Redis or Valkey), got ${scheme}`
	};
});

const engines = variable((value) => {
	const ids = list(value);
	if (ids.length === 0) return DEFAULT_ENGINES;
	const unknown = ids.filter((id) => !isEngineId(id));
	if (unknown.length > 0) {
		return { invalid: `ENGINES has unknown engine ${unknown.join(', ')}; known: ${ENGINE_IDS.join(', ')}` };
	}
	return [...new Set(ids)] as EngineId[];
});

const egressAllowlist = variable((value) => {
	const ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];
	for (const item of list(value)) {
		try {
			const address = item.includes('/') ? null : ipaddr.parse(item);
			ranges.push(address ? [address, address.kind() === 'ipv4' ? 32 : 128] : ipaddr.parseCIDR(item));
		} catch {
			return {
				invalid: `EGRESS_ALLOWLIST has ${JSON.stringify(item)}, which is not an IP address or CIDR range`
			};
		}
	}
	return ranges;
});

// Sonarr, Radarr and Prowlarr append `&apikey=` + the key to their URLs without encoding it
// (NewznabRequestGenerator.cs): these characters would change the query the server receives.
const torznabApiKey = variable((value) => {
	if (value === undefined) return undefined;
	const bad = value.match(/[+&%#\s]/);
	if (!bad) return value;
	const shown = /\s/.test(bad[0]) ? 'a space' : `"${bad[0]}"`;
	return {
		invalid: `TORZNAB_APIKEY has ${shown}, which Sonarr, Radarr and Prowlarr send unencoded; use letters, digits, - _ . ~`
	};
});

// A bearer token travels in a header: the characters of RFC 6750's token68, long enough not to be guessed.
const metricsToken = variable((value) => {
	if (value === undefined) return undefined;
	if (/^[A-Za-z0-9._~+/=-]{16,512}$/.test(value)) return value;
	// Never the value itself: it is a secret.
	return {
		invalid: `METRICS_TOKEN must be 16 to 512 letters, digits or - . _ ~ + / = (no spaces), got ${value.length} characters`
	};
});

const engineUrls = Object.fromEntries(
	ENGINE_IDS.filter((id) => id !== 'searxng').map((id) => [
		engineUrlVariable(id),
		{
			schema: url(engineUrlVariable(id)),
			description: `Base URL of the ${id} engine (a mirror or a test server)`
		}
	])
);

export const variables = defineEnvVars({
	ENGINES: { schema: engines, description: 'Comma-separated engine ids searched by default' },
	SEARXNG_URL: { schema: url('SEARXNG_URL'), description: 'A SearXNG instance used as the searxng engine' },
	CINEMETA_URL: {
		schema: url('CINEMETA_URL', 'https://v3-cinemeta.strem.io'),
		description: 'Metadata service that names Stremio titles'
	},
	IMDB_URL: {
		schema: url('IMDB_URL', 'https://www.imdb.com'),
		description: 'IMDb, whose title pages name Stremio titles when Cinemeta cannot'
	},
	SITE_TIMEOUT_MS: {
		schema: integer('SITE_TIMEOUT_MS', 2000, 100, 60_000),
		description: 'Budget for fetching one result page or .torrent'
	},
	SEARCH_TIMEOUT_MS: {
		schema: integer('SEARCH_TIMEOUT_MS', 10_000, 500, 300_000),
		description: 'Deadline for a whole search'
	},
	STREMIO_BUDGET_MS: {
		schema: integer('STREMIO_BUDGET_MS', 1200, 100, 60_000),
		description: 'Stremio streams are answered this long after the ask with what is found; the rest is stored'
	},
	EGRESS_ALLOWLIST: {
		schema: egressAllowlist,
		description: 'IPs or CIDRs that fetched links may reach although private or loopback'
	},
	PROTOCOL_HEADER: {
		schema: (value: string | undefined) => value,
		description: "adapter-node's: the header a TLS proxy in front names the scheme in"
	},
	TORZNAB_APIKEY: {
		schema: torznabApiKey,
		description: 'When set, /torznab/api requires apikey='
	},
	CACHE_TTL_SECONDS: {
		schema: integer('CACHE_TTL_SECONDS', 900, 0, 86_400),
		description: 'How long a search is reused; 0 turns the cache off'
	},
	STATE_DIR: {
		schema: directory('STATE_DIR'),
		description: 'Where state that outlives one process is kept (default: STATE_DIRECTORY, else .cache/state)'
	},
	STATE_DIRECTORY: {
		schema: directory('STATE_DIRECTORY'),
		description: "systemd's StateDirectory=, the default for STATE_DIR"
	},
	REDIS_URL: {
		schema: redisUrl,
		description: 'A Redis or Valkey server that keeps the state instead, shared by every replica'
	},
	SEARCH_RATE_LIMIT: {
		schema: integer('SEARCH_RATE_LIMIT', 0, 0, 100_000),
		description: 'Searches one client may start per minute; 0 turns the limit off'
	},
	MAX_CONCURRENT_SEARCHES: {
		schema: integer('MAX_CONCURRENT_SEARCHES', 32, 0, 10_000),
		description: 'Searches running at once across all clients; 0 turns the cap off'
	},
	RATE_LIMIT_MAX_CLIENTS: {
		schema: integer('RATE_LIMIT_MAX_CLIENTS', 10_000, 100, 1_000_000),
		description: 'Clients the rate limit remembers at once (bounds its memory)'
	},
	EGRESS_MAX_IN_FLIGHT: {
		schema: integer('EGRESS_MAX_IN_FLIGHT', 24, 1, 1_000),
		description: 'Result pages and .torrent files fetched at once across all searches'
	},
	EGRESS_CONNECTIONS_PER_HOST: {
		schema: integer('EGRESS_CONNECTIONS_PER_HOST', 4, 1, 100),
		description: 'Connections open at once to one site or engine'
	},
	SWARM_HEALTH: {
		schema: onOff('SWARM_HEALTH', true),
		description: "Ask each result's trackers for seeders and its peers for files (on or off)"
	},
	SWARM_TIMEOUT_MS: {
		schema: integer('SWARM_TIMEOUT_MS', 1500, 100, 60_000),
		description: 'Budget of one tracker exchange or one peer asked for metadata'
	},
	SWARM_GRACE_MS: {
		// With the time to stop what is in flight and send the last results, a search whose trackers are
		// all silent ends at most 1.5 s after its last page.
		schema: integer('SWARM_GRACE_MS', 1250, 0, 60_000),
		description: 'How long a search waits for swarm health after its last page'
	},
	SWARM_MAX_SOCKETS: {
		schema: integer('SWARM_MAX_SOCKETS', 64, 1, 10_000),
		description: 'Tracker and peer sockets open at once across all searches'
	},
	TORRENT_CLIENTS: {
		schema: variable(parseTorrentClients),
		description: 'Torrent clients results can be sent to: label=kind+url, comma-separated'
	},
	ALLOWED_HOSTS: {
		schema: variable(parseAllowedHosts),
		description: 'Host names (*.example wildcards) a request that changes anything may be addressed to'
	},
	ORIGIN: {
		schema: url('ORIGIN'),
		description: 'The address people reach this server at; its host is allowed to change things'
	},
	AUTH_USER_HEADER: {
		schema: variable(parseHeaderName),
		description: 'The header a trusted reverse proxy names the user in (Tailscale-User-Login, Remote-User)'
	},
	AUTH_TRUSTED_PROXIES: {
		schema: variable((value) => parseAddressRanges('AUTH_TRUSTED_PROXIES', value)),
		description: 'IPs or CIDRs of the proxies whose AUTH_USER_HEADER is believed (default loopback)'
	},
	AUTH_USERS: {
		schema: variable(parseUsers),
		description: 'Users who may send (comma-separated), or * for any named user'
	},
	SEND_RATE_LIMIT: {
		schema: integer('SEND_RATE_LIMIT', 30, 0, 100_000),
		description: 'Sends to a torrent client one client may make per minute; 0 turns the limit off'
	},
	METRICS_TOKEN: {
		schema: metricsToken,
		description: 'When set, /metrics requires Authorization: Bearer <token>'
	},
	...engineUrls
});

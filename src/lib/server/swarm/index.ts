// The app's swarm health, set up from config on first use: one socket budget, one cache and one peer id
// for every search; a search asks for its own watch.
import { config } from '#lib/server/config.ts';
import { systemResolve } from '#lib/server/egress/checked-connector.ts';
import { fetchUntrusted } from '#lib/server/egress/index.ts';
import { Limiter } from '#lib/server/egress/limiter.ts';
import { memoryHealthCache, type HealthCache } from './health-cache.ts';
import { newPeerId } from './metadata-fetch.ts';
import { SwarmWatch, type SwarmListener } from './swarm-watch.ts';

export type { SwarmListener } from './swarm-watch.ts';

/** Health changes by the minute; a repeat within a few minutes may reuse it. */
const HEALTH_TTL_MS = 5 * 60_000;
const METADATA_TTL_MS = 24 * 60 * 60_000;

let shared: { sockets: Limiter; cache: HealthCache; peerId: Buffer } | undefined;

/** A watch for one search, or null when SWARM_HEALTH is off. */
export function watchSwarm(listener: SwarmListener): SwarmWatch | null {
	if (!config.swarmHealth) return null;
	shared ??= {
		sockets: new Limiter(config.swarmMaxSockets),
		cache: memoryHealthCache({ healthTtlMs: HEALTH_TTL_MS, metadataTtlMs: METADATA_TTL_MS }),
		peerId: newPeerId()
	};
	return new SwarmWatch(
		{
			allowlist: config.egressAllowlist,
			resolve: systemResolve,
			// Tracker answers are small; the .torrent cap is the closest egress has and bounds them well.
			fetchBencoded: (url, options) => fetchUntrusted(url, { kind: 'torrent', ...options }),
			sockets: shared.sockets,
			timeoutMs: config.swarmTimeoutMs,
			cache: shared.cache,
			peerId: shared.peerId
		},
		listener
	);
}

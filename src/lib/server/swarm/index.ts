// The app's swarm health, set up from config on first use: one socket budget, the state store's cache and
// one peer id for every search; a search asks for its own watch.
import { config } from '#lib/server/config.ts';
import { systemResolve, fetchUntrusted, Limiter } from '#lib/server/egress/index.ts';
import { storedHealthCache, type HealthCache } from './health-cache.ts';
import { newPeerId } from './metadata-fetch.ts';
import { SwarmWatch, type SwarmListener } from './swarm-watch.ts';

export type { SwarmListener } from './swarm-watch.ts';

let shared: { sockets: Limiter; cache: HealthCache; peerId: Buffer } | undefined;

/** A watch for one search, or null when SWARM_HEALTH is off. */
export function watchSwarm(listener: SwarmListener): SwarmWatch | null {
	if (!config.swarmHealth) return null;
	shared ??= {
		sockets: new Limiter(config.swarmMaxSockets),
		cache: storedHealthCache(),
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

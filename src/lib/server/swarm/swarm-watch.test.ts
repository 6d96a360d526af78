// Swarm health for a search, on a real swarm on loopback: bittorrent-tracker's server (UDP and HTTP),
// peers serving metadata (one of them lying), a tracker that never answers, and canaries that must
// receive nothing when magnets name refused addresses.
import { createSocket, type Socket } from 'node:dgram';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import ipaddr from 'ipaddr.js';
import fixtures from 'webtorrent-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '#lib/search-events.ts';
import {
	createEgress,
	Limiter,
	type Allowlist,
	type Egress,
	type Resolve
} from '#lib/server/egress/index.ts';
import {
	loopbackTorrent,
	startCanary,
	startMetadataPeer,
	startTracker,
	type Canary,
	type LoopbackTracker,
	type MetadataPeer
} from '#tests/swarm/loopback-swarm.ts';
import { MemoryStore } from '#lib/server/state/memory-store.ts';
import { useStateStore } from '#lib/server/state/state.ts';
import { noHealthCache, storedHealthCache, type HealthCache, type TorrentMetadata } from './health-cache.ts';
import { newPeerId } from './metadata-fetch.ts';
import { SwarmWatch, type SwarmListener, type SwarmSettings } from './swarm-watch.ts';
import type { SwarmCounts } from './udp-tracker.ts';

const LOOPBACK: Allowlist = [ipaddr.parseCIDR('127.0.0.1/32')];
const numbers = loopbackTorrent(fixtures.numbers!.torrent);
const leaves = loopbackTorrent(fixtures.leaves!.torrent);
const alice = loopbackTorrent(fixtures.alice!.torrent);
const folder = loopbackTorrent(fixtures.folder!.torrent);

let tracker: LoopbackTracker;
let numbersPeer: MetadataPeer;
let leavesPeer: MetadataPeer;
let liar: MetadataPeer;
let canary: Canary;
let silentUdp: Socket;
let silentHttp: Server;
let silentUdpPackets = 0;
let silentHttpRequests = 0;
const egresses: Egress[] = [];

/** Names the tests resolve without DNS, as a resolver would answer for them. */
const TEST_NAMES: Record<string, string> = {
	localhost: '127.0.0.1',
	'localhost.': '127.0.0.1',
	'tracker.loopback.test': '127.0.0.1',
	'canary.loopback.test': '127.0.0.2'
};
const resolveTestNames: Resolve = async (hostname) => {
	const address = TEST_NAMES[hostname];
	if (!address) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
	return [{ address, family: 4 }];
};

function result(infohash: string, trackers: string[]): Result {
	return {
		infohash,
		name: null,
		magnet: `magnet:?xt=urn:btih:${infohash}`,
		trackers,
		size: null,
		seeders: null,
		leechers: null,
		files: null,
		release: null,
		sources: [{ engine: 'bing', page: null }]
	};
}

/** A watch as the search makes one, on loopback, through an egress of its own that afterAll closes. */
function newWatch(
	listener: SwarmListener,
	{
		allowlist = LOOPBACK,
		cache = noHealthCache,
		timeoutMs = 1500
	}: Partial<Pick<SwarmSettings, 'allowlist' | 'cache' | 'timeoutMs'>> = {}
): SwarmWatch {
	const egress = createEgress({ allowlist, siteTimeoutMs: 2000, resolve: resolveTestNames });
	egresses.push(egress);
	return new SwarmWatch(
		{
			allowlist,
			resolve: resolveTestNames,
			fetchBencoded: (url, options) => egress.fetchUntrusted(url, { kind: 'torrent', ...options }),
			sockets: new Limiter(16),
			timeoutMs,
			cache,
			peerId: newPeerId()
		},
		listener
	);
}

/** Runs a watch over these results until it falls idle; what it learnt, per infohash. */
async function watch(results: Result[], allowlist: Allowlist = LOOPBACK, cache: HealthCache = noHealthCache) {
	const health = new Map<string, SwarmCounts>();
	const metadata = new Map<string, TorrentMetadata>();
	const { promise: idle, resolve } = Promise.withResolvers<void>();
	const swarm = newWatch(
		{
			health: (hash, counts) => health.set(hash, counts),
			metadata: (hash, value) => metadata.set(hash, value),
			idle: resolve
		},
		{ allowlist, cache }
	);
	for (const item of results) swarm.track(item);
	swarm.flush();
	if (swarm.busy) await idle;
	swarm.stop();
	return { health, metadata };
}

/**
 * Asks the silent tracker about one torrent, on a store of its own, and stops the search `heldMs` after the
 * question went out: whether the tracker is then remembered as silent.
 */
async function silentAfterStop(heldMs: number): Promise<boolean> {
	await useStateStore(new MemoryStore());
	const cache = storedHealthCache();
	const silentUdpUrl = `udp://127.0.0.1:${(silentUdp.address() as { port: number }).port}`;
	const before = silentUdpPackets;
	// A tracker's time far longer than the search lasts here: only the stop can tell it was silent.
	const swarm = newWatch(
		{ health: () => {}, metadata: () => {}, idle: () => {} },
		{ cache, timeoutMs: 60_000 }
	);
	swarm.track(result(leaves.infohash, [silentUdpUrl]));
	swarm.flush();
	while (silentUdpPackets === before) await new Promise((resolve) => setTimeout(resolve, 5));
	if (heldMs > 0) await new Promise((resolve) => setTimeout(resolve, heldMs));
	swarm.stop();
	return cache.trackerSilent(silentUdpUrl);
}

beforeAll(async () => {
	tracker = await startTracker();
	numbersPeer = await startMetadataPeer(numbers.info);
	leavesPeer = await startMetadataPeer(leaves.info);
	liar = await startMetadataPeer(leaves.info);
	canary = await startCanary('127.0.0.2');
	await tracker.announce(numbers.infohash, { ip: '127.0.0.1', port: numbersPeer.port });
	await tracker.announce(numbers.infohash, { ip: '127.0.0.1', port: 7100, left: 10 });
	await tracker.announce(leaves.infohash, { ip: '127.0.0.1', port: leavesPeer.port });
	// alice's only peer serves leaves' metadata: what it says must be rejected.
	await tracker.announce(alice.infohash, { ip: '127.0.0.1', port: liar.port });
	// folder's only peer is on an address the policy refuses (127.0.0.2 is not allowlisted).
	await tracker.announce(folder.infohash, { ip: '127.0.0.2', port: canary.port });

	silentUdp = createSocket('udp4');
	silentUdp.on('message', () => silentUdpPackets++);
	silentUdp.bind(0, '127.0.0.1');
	await once(silentUdp, 'listening');
	silentHttp = createServer(() => void silentHttpRequests++); // accepts, never answers
	silentHttp.listen(0, '127.0.0.1');
	await once(silentHttp, 'listening');
});

afterAll(async () => {
	await Promise.all(egresses.map((egress) => egress.close()));
	silentHttp.closeAllConnections();
	silentHttp.close();
	silentUdp.close();
	await Promise.all([tracker.close(), numbersPeer.close(), leavesPeer.close(), liar.close(), canary.close()]);
});

describe('swarm health', () => {
	it("gives each result its trackers' counts and its files from a peer, SHA-1 checked", async () => {
		const silentUdpUrl = `udp://127.0.0.1:${(silentUdp.address() as { port: number }).port}`;
		const silentHttpUrl = `http://127.0.0.1:${(silentHttp.address() as { port: number }).port}/announce`;
		const { health, metadata } = await watch([
			result(numbers.infohash, [silentUdpUrl, tracker.udpUrl]),
			result(leaves.infohash, [silentHttpUrl, tracker.httpUrl]),
			result(alice.infohash, [tracker.udpUrl, tracker.httpUrl]),
			result(folder.infohash, [tracker.httpUrl])
		]);
		expect(health.get(numbers.infohash)).toEqual({ seeders: 1, leechers: 1 });
		expect(health.get(leaves.infohash)).toEqual({ seeders: 1, leechers: 0 });
		expect(health.get(alice.infohash)).toEqual({ seeders: 1, leechers: 0 });

		expect(metadata.get(numbers.infohash)).toEqual({
			name: 'numbers',
			size: numbers.size,
			files: numbers.files
		});
		expect(metadata.get(leaves.infohash)).toEqual({
			name: leaves.name,
			size: leaves.size,
			files: leaves.files
		});
		// The lying peer was asked, and its answer refused.
		expect(liar.connections).toBeGreaterThan(0);
		expect(metadata.has(alice.infohash)).toBe(false);
		// A tracker that never answers cost its budget, nothing more: the others' answers arrived.
		expect(silentUdpPackets).toBeGreaterThan(0);
		// A peer the policy refuses is never connected to.
		expect(metadata.has(folder.infohash)).toBe(false);
		expect(canary.hits).toBe(0);
	});

	it('sends nothing to trackers named by refused addresses, in any spelling, UDP or HTTP', async () => {
		const port = canary.port;
		const hosts = [
			'127.0.0.2',
			'2130706434',
			'0x7f.0.0.2',
			'127.2',
			'[::ffff:127.0.0.2]',
			'[::ffff:7f00:2]',
			'[::1]',
			'localhost',
			'localhost.',
			'canary.loopback.test'
		];
		const trackers = hosts.flatMap((host) => [
			`udp://${host}:${port}/announce`,
			`http://${host}:${port}/announce`
		]);
		const before = canary.hits;
		const { health, metadata } = await watch(
			[result(numbers.infohash, trackers.slice(0, 8)), result(leaves.infohash, trackers.slice(8))],
			[]
		);
		expect(health.size).toBe(0);
		expect(metadata.size).toBe(0);
		expect(canary.hits).toBe(before);

		// The canary does count: allowlisted, the same tracker is asked.
		await watch(
			[result(numbers.infohash, [`udp://canary.loopback.test:${port}`])],
			[ipaddr.parseCIDR('127.0.0.2/32')]
		);
		expect(canary.hits).toBeGreaterThan(before);
	});

	it('reaches a tracker by name when the name resolves to an allowlisted address', async () => {
		const udp = tracker.udpUrl.replace('127.0.0.1', 'tracker.loopback.test');
		const { health } = await watch([result(leaves.infohash, [udp])]);
		expect(health.get(leaves.infohash)).toEqual({ seeders: 1, leechers: 0 });
	});

	it('answers a repeat from the state store without asking the trackers or peers again', async () => {
		await useStateStore(new MemoryStore());
		const cache = storedHealthCache();
		const first = await watch([result(numbers.infohash, [tracker.udpUrl])], LOOPBACK, cache);
		const connections = numbersPeer.connections;
		// The repeat names only a tracker that never answers: what it learns can only come from the store.
		const silentUdpUrl = `udp://127.0.0.1:${(silentUdp.address() as { port: number }).port}`;
		const before = silentUdpPackets;
		const again = await watch([result(numbers.infohash, [silentUdpUrl])], LOOPBACK, cache);
		expect(again.health.get(numbers.infohash)).toEqual(first.health.get(numbers.infohash));
		expect(again.metadata.get(numbers.infohash)).toEqual(first.metadata.get(numbers.infohash));
		expect(again.metadata.get(numbers.infohash)?.files).toEqual(numbers.files);
		expect(silentUdpPackets).toBe(before);
		expect(numbersPeer.connections).toBe(connections);
	});

	it('remembers a tracker that did not answer and neither asks nor waits for it again', async () => {
		await useStateStore(new MemoryStore());
		const cache = storedHealthCache();
		const silentUdpUrl = `udp://127.0.0.1:${(silentUdp.address() as { port: number }).port}`;
		const silentHttpUrl = `http://127.0.0.1:${(silentHttp.address() as { port: number }).port}/announce`;
		const trackers = [silentUdpUrl, silentHttpUrl, tracker.udpUrl];
		const before = silentUdpPackets;
		const first = await watch([result(leaves.infohash, trackers)], LOOPBACK, cache);
		expect(first.health.get(leaves.infohash)).toEqual({ seeders: 1, leechers: 0 });
		expect(silentUdpPackets).toBeGreaterThan(before);
		expect(await cache.trackerSilent(silentUdpUrl)).toBe(true);
		expect(await cache.trackerSilent(silentHttpUrl)).toBe(true);
		expect(await cache.trackerSilent(tracker.udpUrl)).toBe(false);

		// Another torrent on the same trackers: its health comes from the one that answers, and the silent
		// ones hear nothing.
		const packets = silentUdpPackets;
		const httpAsked = silentHttpRequests;
		const again = await watch([result(numbers.infohash, trackers)], LOOPBACK, cache);
		expect(again.health.get(numbers.infohash)?.seeders).toBeGreaterThan(0);
		expect(silentUdpPackets).toBe(packets);
		expect(silentHttpRequests).toBe(httpAsked);
	});

	it('remembers a tracker still silent a second after it was asked when its search stops sooner', async () => {
		// Past the second that makes a tracker's silence count.
		expect(await silentAfterStop(1100)).toBe(true);
	});

	it('does not take a tracker for silent when its search stops right after asking', async () => {
		expect(await silentAfterStop(0)).toBe(false);
	});
});

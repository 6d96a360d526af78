// The UDP (BEP 15) and HTTP (BEP 48) tracker clients against a real tracker on loopback.
import ipaddr from 'ipaddr.js';
import fixtures from 'webtorrent-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEgress, type Egress } from '#lib/server/egress/index.ts';
import { loopbackTorrent, startTracker, type LoopbackTracker } from '#tests/swarm/loopback-swarm.ts';
import { httpAnnounce, httpScrape, type FetchBencoded } from './http-tracker.ts';
import { newPeerId } from './metadata-fetch.ts';
import { parseTrackerUrl, scrapeUrlOf } from './tracker-url.ts';
import { udpAnnounce, udpScrape, type UdpTarget } from './udp-tracker.ts';

const leaves = loopbackTorrent(fixtures.leaves!.torrent);
const alice = loopbackTorrent(fixtures.alice!.torrent);
const unknown = 'ab'.repeat(20);
let tracker: LoopbackTracker;
let egress: Egress;
let fetchBencoded: FetchBencoded;

function udpTarget(): UdpTarget {
	const parsed = parseTrackerUrl(tracker.udpUrl);
	return { address: parsed?.host as string, family: 4, port: parsed?.port as number };
}

beforeAll(async () => {
	tracker = await startTracker();
	egress = createEgress({ allowlist: [ipaddr.parseCIDR('127.0.0.1/32')], siteTimeoutMs: 2000 });
	fetchBencoded = (url, options) => egress.fetchUntrusted(url, { kind: 'torrent', ...options });
	await tracker.announce(leaves.infohash, { ip: '127.0.0.1', port: 7001 });
	await tracker.announce(leaves.infohash, { ip: '127.0.0.1', port: 7002 });
	await tracker.announce(leaves.infohash, { ip: '127.0.0.1', port: 7003, left: 100 });
	await tracker.announce(alice.infohash, { ip: '127.0.0.1', port: 7004, left: 100 });
});

afterAll(async () => {
	await egress.close();
	await tracker.close();
});

const options = () => ({ signal: new AbortController().signal, timeoutMs: 3000 });

describe('tracker URLs', () => {
	it('reads every spelling of a UDP host as a browser reads an http one', () => {
		expect(parseTrackerUrl('udp://2130706433:6969/announce')?.host).toBe('127.0.0.1');
		expect(parseTrackerUrl('udp://0x7f.1:6969')?.host).toBe('127.0.0.1');
		expect(parseTrackerUrl('udp://[::ffff:127.0.0.1]:6969')?.host).toBe('[::ffff:7f00:1]');
		expect(parseTrackerUrl('udp://tracker.example:1337/announce')).toMatchObject({
			protocol: 'udp',
			port: 1337
		});
		expect(parseTrackerUrl('udp://tracker.example/announce')).toBeNull();
		expect(parseTrackerUrl('wss://tracker.example')).toBeNull();
	});

	it('finds the scrape URL as BEP 48 says, or none', () => {
		expect(scrapeUrlOf('http://t.example/announce')).toBe('http://t.example/scrape');
		expect(scrapeUrlOf('http://t.example/x/announce.php?passkey=1')).toBe(
			'http://t.example/x/scrape.php?passkey=1'
		);
		expect(scrapeUrlOf('http://t.example/a')).toBeNull();
	});
});

describe('UDP tracker (BEP 15)', () => {
	it('scrapes several infohashes in one packet, in order', async () => {
		const counts = await udpScrape(udpTarget(), [leaves.infohash, unknown, alice.infohash], options());
		expect(counts).toEqual([
			{ seeders: 2, leechers: 1 },
			{ seeders: 0, leechers: 0 },
			{ seeders: 0, leechers: 1 }
		]);
	});

	it('announces and lists the peers', async () => {
		const answer = await udpAnnounce(udpTarget(), leaves.infohash, newPeerId(), {
			...options(),
			numWant: 10,
			event: 'started'
		});
		expect(answer.seeders).toBe(2);
		// The tracker lists the announcer itself too (port 6881) on loopback.
		expect(answer.peers.map((peer) => peer.port)).toEqual(expect.arrayContaining([7001, 7002, 7003]));
		expect(answer.peers.every((peer) => peer.address === '127.0.0.1')).toBe(true);
	});
});

describe('HTTP tracker (BEP 48)', () => {
	it('scrapes several infohashes at once', async () => {
		const counts = await httpScrape(tracker.httpUrl, [leaves.infohash, alice.infohash], {
			...options(),
			fetch: fetchBencoded
		});
		// The UDP announce above joined leaves' swarm as a leecher.
		expect(counts?.get(leaves.infohash)).toEqual({ seeders: 2, leechers: 2 });
		expect(counts?.get(alice.infohash)).toEqual({ seeders: 0, leechers: 1 });
	});

	it('announces and lists the peers (compact)', async () => {
		const answer = await httpAnnounce(tracker.httpUrl, leaves.infohash, newPeerId(), {
			...options(),
			fetch: fetchBencoded,
			numWant: 10,
			event: 'started'
		});
		expect(answer.seeders).toBe(2);
		expect(answer.peers.map((peer) => peer.port)).toEqual(expect.arrayContaining([7001, 7002, 7003]));
	});
});

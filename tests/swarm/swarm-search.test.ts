// Swarm health through the built server: a page on the fake web lists magnets whose trackers are a real
// tracker on loopback and whose peers serve metadata; the stream re-sends results as health and files
// arrive, the JSON API, Torznab and Stremio (a season pack's fileIdx) use them, and a magnet naming
// refused addresses sends nothing to them.
import fixtures from 'webtorrent-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result, SearchEvent } from '#lib/search-events.ts';
import { startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { bingSerp } from '../fake-web/serp.ts';
import {
	loopbackTorrent,
	startCanary,
	startMetadataPeer,
	startTracker,
	syntheticTorrent,
	type Canary,
	type LoopbackTracker,
	type MetadataPeer
} from './loopback-swarm.ts';

const numbers = loopbackTorrent(fixtures.numbers!.torrent);
const leaves = loopbackTorrent(fixtures.leaves!.torrent);
const alice = loopbackTorrent(fixtures.alice!.torrent);
const pack = syntheticTorrent('Silo S03 1080p WEB', [
	{ path: ['Silo.S03E05.1080p.WEB.mkv'], length: 2_000_000 },
	{ path: ['Silo.S03E06.1080p.WEB.mkv'], length: 2_100_000 },
	{ path: ['Silo.S03E06.1080p.WEB.nfo'], length: 2_000 }
]);
const DEAD = 'de'.repeat(20);
const REFUSED = 'ce'.repeat(20);

let tracker: LoopbackTracker;
let peers: MetadataPeer[] = [];
let canary: Canary;
let web: FakeWeb;
let app: App;

function magnet(infohash: string, name: string, trackers: string[]): string {
	const tr = trackers.map((url) => `&amp;tr=${encodeURIComponent(url)}`).join('');
	return `<a href="magnet:?xt=urn:btih:${infohash}&amp;dn=${encodeURIComponent(name)}${tr}">${name}</a>`;
}

async function stream(query: string): Promise<SearchEvent[]> {
	const response = await fetch(`${app.url}/api/search/stream?q=${encodeURIComponent(query)}`);
	const text = await response.text();
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as SearchEvent);
}

/** The last state of each result in a stream. */
function lastResults(events: SearchEvent[]): Map<string, Result> {
	const results = new Map<string, Result>();
	for (const event of events) {
		if (event.type !== 'result') continue;
		const { type: _, ...result } = event;
		results.set(result.infohash, result);
	}
	return results;
}

beforeAll(async () => {
	tracker = await startTracker();
	canary = await startCanary('127.0.0.2');
	peers = await Promise.all(
		[numbers, leaves, pack, leaves].map((torrent) => startMetadataPeer(torrent.info))
	);
	const [numbersPeer, leavesPeer, packPeer, liar] = peers as [
		MetadataPeer,
		MetadataPeer,
		MetadataPeer,
		MetadataPeer
	];
	await tracker.announce(numbers.infohash, { ip: '127.0.0.1', port: numbersPeer.port });
	await tracker.announce(numbers.infohash, { ip: '127.0.0.1', port: 7200, left: 5 });
	await tracker.announce(leaves.infohash, { ip: '127.0.0.1', port: leavesPeer.port });
	await tracker.announce(pack.infohash, { ip: '127.0.0.1', port: packPeer.port });
	await tracker.announce(alice.infohash, { ip: '127.0.0.1', port: liar.port });

	const refused = [
		`udp://127.0.0.2:${canary.port}/announce`,
		`udp://2130706434:${canary.port}`,
		`udp://[::ffff:127.0.0.2]:${canary.port}`,
		`http://0x7f.0.0.2:${canary.port}/announce`,
		`http://localhost:${canary.port}/announce`
	];
	const page = [
		magnet(numbers.infohash, 'numbers', [tracker.udpUrl]),
		magnet(leaves.infohash, 'Leaves of Grass', [tracker.httpUrl]),
		magnet(alice.infohash, 'alice', [tracker.udpUrl, tracker.httpUrl]),
		magnet(pack.infohash, 'Silo S03 1080p WEB', [tracker.udpUrl]),
		magnet(DEAD, 'Silo S03E06 dead', [tracker.udpUrl]),
		magnet(REFUSED, 'refused', refused)
	].join('\n');
	web = await startFakeWeb({
		'/bing/search': { body: () => bingSerp([`${web.url}/site/swarm`]) },
		'/site/swarm': { body: `<html><body>${page}</body></html>` },
		'/cinemeta/meta/series/tt14688458.json': {
			body: JSON.stringify({ meta: { id: 'tt14688458', name: 'Silo', releaseInfo: '2023–' } })
		}
	});
	app = await startApp({
		BING_URL: `${web.url}/bing`,
		CINEMETA_URL: `${web.url}/cinemeta`,
		ENGINES: 'bing',
		EGRESS_ALLOWLIST: '127.0.0.1',
		SWARM_HEALTH: 'on',
		CACHE_TTL_SECONDS: '0'
	});
});

afterAll(async () => {
	await app?.stop();
	await web?.close();
	await Promise.all([tracker?.close(), canary?.close(), ...peers.map((peer) => peer.close())]);
});

describe('swarm health in a search', () => {
	it('re-sends results as seeders, leechers, size and files arrive, before done', async () => {
		const events = await stream('numbers');
		expect(events.at(-1)?.type).toBe('done');
		const sent = events.filter((event) => event.type === 'result' && event.infohash === numbers.infohash);
		expect(sent[0]).toMatchObject({ seeders: null, files: null });
		const results = lastResults(events);
		expect(results.get(numbers.infohash)).toMatchObject({
			seeders: 1,
			leechers: 1,
			size: numbers.size,
			files: numbers.files
		});
		expect(results.get(leaves.infohash)).toMatchObject({
			seeders: 1,
			leechers: 0,
			size: leaves.size,
			files: [{ path: leaves.name, size: leaves.size }]
		});
		// Metadata that does not hash to the infohash is refused: no files, no size.
		expect(results.get(alice.infohash)).toMatchObject({ seeders: 1, files: null, size: null });
		// A tracker that answered with nobody: dead, not unknown.
		expect(results.get(DEAD)).toMatchObject({ seeders: 0, leechers: 0, files: null });
		// Its trackers are refused: health stays unknown, and not one packet reached them.
		expect(results.get(REFUSED)).toMatchObject({ seeders: null, leechers: null, files: null });
		expect(canary.hits).toBe(0);
	});

	it('gives the JSON API the same fields, files null while unknown', async () => {
		const response = await fetch(`${app.url}/api/search?q=leaves`);
		const body = (await response.json()) as { results: Result[] };
		const byHash = new Map(body.results.map((result) => [result.infohash, result]));
		expect(byHash.get(leaves.infohash)?.files).toEqual([{ path: leaves.name, size: leaves.size }]);
		expect(byHash.get(REFUSED)?.files).toBeNull();
		// Ranked by the swarm's seeders: live ones first, unknown next, the dead one last.
		expect(body.results[0]?.seeders).toBe(1);
		expect(body.results.at(-1)?.infohash).toBe(DEAD);
		expect(body.results.at(-2)?.seeders).toBeNull();
	});

	it('gives Torznab seeders, peers, size and files from the swarm', async () => {
		const xml = await (await fetch(`${app.url}/torznab/api?t=search&q=numbers`)).text();
		const item = xml.split('<item>').find((chunk) => chunk.includes(numbers.infohash)) ?? '';
		expect(item).toContain('<torznab:attr name="seeders" value="1"/>');
		expect(item).toContain('<torznab:attr name="peers" value="2"/>');
		expect(item).toContain(`<torznab:attr name="size" value="${numbers.size}"/>`);
		expect(item).toContain(`<torznab:attr name="files" value="${numbers.files.length}"/>`);
	});

	it("points Stremio at the episode's file inside a season pack learnt from the swarm", async () => {
		const response = await fetch(`${app.url}/api/stremio/stream/series/tt14688458:3:6.json`);
		const { streams } = (await response.json()) as {
			streams: { infoHash: string; fileIdx?: number; description: string }[];
		};
		const packStream = streams.find((stream) => stream.infoHash === pack.infohash);
		expect(packStream?.fileIdx).toBe(1);
		expect(pack.files[1]?.path).toBe('Silo S03 1080p WEB/Silo.S03E06.1080p.WEB.mkv');
		expect(packStream?.description).toContain('1 seeders, 0 leechers');
		// The dead episode is offered after every live stream.
		expect(streams.at(-1)?.infoHash).toBe(DEAD);
	});
});

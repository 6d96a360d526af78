// The swarm the benchmark searches against: a real tracker on loopback (UDP and HTTP) that knows 30
// torrents (11 real .torrent files, 19 written here) with 1–4 seeders each, peers serving the metadata
// of 25 of them, one UDP tracker that never answers, and two pages listing half of them each as magnets (a
// second search finds other torrents, on the same trackers, once the silent one is known).
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import fixtures from 'webtorrent-fixtures';
import type { Result, SearchEvent } from '../src/lib/search-events.ts';
import { startApp } from '#tests/app-server.ts';
import { readFixture } from '#tests/fake-web/fake-web.ts';
import { duckduckgoSerp } from '#tests/fake-web/serp.ts';
import { streamSearch } from '#tests/hardening/search-stream.ts';
import type { BenchWeb } from './bench-web.ts';
import {
	loopbackTorrent,
	startMetadataPeer,
	startTracker,
	syntheticTorrent,
	type LoopbackTorrent,
	type MetadataPeer
} from '#tests/swarm/loopback-swarm.ts';

const REAL = [
	...['leaves', 'alice', 'folder', 'numbers', 'lotsOfNumbers', 'bunny', 'sintel'].map(
		(name) => fixtures[name]!.torrent
	),
	...['archive-multifile', 'lucky-ethel', 'silo-cakes', 'ubuntu-desktop'].map((name) =>
		readFixture(`torrents/${name}.torrent`)
	)
];
const SERVED = 25;

interface Expected {
	torrent: LoopbackTorrent;
	seeders: number;
	leechers: number;
	served: boolean;
}

export async function startBenchSwarm() {
	const torrents = [
		...REAL.map((bytes) => loopbackTorrent(bytes)),
		...Array.from({ length: 19 }, (_, i) =>
			syntheticTorrent(`Silo S01 pack ${i}`, [
				{ path: [`Silo.S01E01.${i}.mkv`], length: 1_000_000 + i },
				{ path: [`Silo.S01E02.${i}.mkv`], length: 2_000_000 + i }
			])
		)
	];
	const tracker = await startTracker();
	const peers: MetadataPeer[] = [];
	const expected = new Map<string, Expected>();
	for (const [i, torrent] of torrents.entries()) {
		const served = i < SERVED;
		const seeders = 1 + (i % 4);
		const leechers = i % 3;
		if (served) {
			const peer = await startMetadataPeer(torrent.info);
			peers.push(peer);
			await tracker.announce(torrent.infohash, { ip: '127.0.0.1', port: peer.port });
		}
		// The other peers are announced on ports where nothing listens, as dead peers are in real swarms.
		for (let s = served ? 1 : 0; s < seeders; s++) {
			await tracker.announce(torrent.infohash, { ip: '127.0.0.1', port: 20_000 + i * 10 + s });
		}
		for (let l = 0; l < leechers; l++) {
			await tracker.announce(torrent.infohash, { ip: '127.0.0.1', port: 30_000 + i * 10 + l, left: 1 });
		}
		expected.set(torrent.infohash, { torrent, seeders, leechers, served });
	}
	const silent = createSocket('udp4').bind(0, '127.0.0.1');
	await once(silent, 'listening');
	const silentUrl = `udp://127.0.0.1:${silent.address().port}`;

	/** Half the torrents: `a` the even ones, `b` the odd ones; both on every kind of tracker. */
	const half = (which: 'a' | 'b') =>
		torrents.filter((_, i) => Math.floor(i / 2) % 2 === (which === 'a' ? 0 : 1));
	const page = (which: 'a' | 'b') =>
		`<html><body>${half(which)
			.map((torrent, i) => {
				const trackers = [i % 2 ? tracker.httpUrl : tracker.udpUrl, silentUrl];
				const tr = trackers.map((url) => `&amp;tr=${encodeURIComponent(url)}`).join('');
				return `<a href="magnet:?xt=urn:btih:${torrent.infohash}&amp;dn=${encodeURIComponent(torrent.name)}${tr}">${i}</a>`;
			})
			.join('\n')}</body></html>`;

	return {
		pages: { a: page('a'), b: page('b') },
		/** Share of the page's torrents (all known to the tracker) whose seeders (and leechers) are the
		 * tracker's, and of those a peer serves, whose size and files are the torrent's: a torrent missing
		 * from the results counts as a miss, so the shares are of the torrents expected. */
		score(results: Map<string, Result>, which: 'a' | 'b') {
			let known = 0;
			let healthy = 0;
			let leechersMatch = 0;
			let served = 0;
			let complete = 0;
			const withoutFiles: string[] = [];
			const listed = new Set(half(which).map((torrent) => torrent.infohash));
			for (const [infohash, want] of expected) {
				if (!listed.has(infohash)) continue;
				known++;
				const result = results.get(infohash);
				if (!result) {
					withoutFiles.push(`${want.torrent.name}: not in the results`);
					if (want.served) served++;
					continue;
				}
				if (result.seeders === want.seeders) healthy++;
				if (result.leechers === want.leechers) leechersMatch++;
				if (!want.served) continue;
				served++;
				const files = want.torrent.files;
				if (result.size === want.torrent.size && JSON.stringify(result.files) === JSON.stringify(files)) {
					complete++;
				} else {
					withoutFiles.push(`${want.torrent.name}: ${result.files === null ? 'no files' : 'other files'}`);
				}
			}
			return {
				expected: known,
				found: [...listed].filter((infohash) => results.has(infohash)).length,
				seedersMatchPercent: known ? Math.round((1000 * healthy) / known) / 10 : null,
				// Our own announce counts as a leecher until its `stopped` is sent, which a search that ends
				// first never sends: leechers may then be one more than the peers the benchmark announced.
				leechersMatchPercent: known ? Math.round((1000 * leechersMatch) / known) / 10 : null,
				servedByPeers: served,
				sizeAndFilesMatchPercent: served ? Math.round((1000 * complete) / served) / 10 : null,
				withoutFiles
			};
		},
		async close() {
			silent.close();
			await Promise.all([tracker.close(), ...peers.map((peer) => peer.close())]);
		}
	};
}

/** The last state of each result in a search's events. */
function lastResults(events: SearchEvent[]): Map<string, Result> {
	const results = new Map<string, Result>();
	for (const event of events) if (event.type === 'result') results.set(event.infohash, event);
	return results;
}

/**
 * Swarm health in a search whose pages answer fast (two torrent sites and the swarm's page), so that the
 * time health adds is seen whole: pairs of fresh servers with empty state, one without swarm health, the
 * same search on each in turn.
 */
export async function measureSwarm(bench: BenchWeb, runs: number, nodeOptions: Record<string, string>) {
	const swarm = await startBenchSwarm();
	const site = (name: string) => `${bench.web.url}/site/${name}`;
	bench.web.route('/site/swarm-a', { body: swarm.pages.a, delayMs: 200 });
	bench.web.route('/site/swarm-b', { body: swarm.pages.b, delayMs: 200 });
	bench.web.route('/swarm-ddg/html', {
		body: (url) =>
			duckduckgoSerp([
				site('x1337'),
				site('lime'),
				site(url.searchParams.get('q')?.includes('again') ? 'swarm-b' : 'swarm-a')
			]),
		delayMs: 450
	});
	const env = {
		...bench.env,
		...nodeOptions,
		DUCKDUCKGO_URL: `${bench.web.url}/swarm-ddg`,
		ENGINES: 'duckduckgo'
	};
	const pairs = [];
	try {
		for (let i = 0; i < runs; i++) {
			const [withSwarm, without] = await Promise.all([
				startApp({ ...env, SWARM_HEALTH: 'on' }),
				startApp({ ...env, SWARM_HEALTH: 'off' })
			]);
			try {
				await Promise.all([fetch(`${withSwarm.url}/healthz`), fetch(`${without.url}/healthz`)]);
				const off = await streamSearch(without.url, `swarm ${i}`);
				const on = await streamSearch(withSwarm.url, `swarm ${i}`);
				// Other torrents on the same trackers: the silent one is now known and not waited for.
				const offAgain = await streamSearch(without.url, `swarm ${i} again`);
				const onAgain = await streamSearch(withSwarm.url, `swarm ${i} again`);
				pairs.push({
					doneMs: Math.round(on.doneMs),
					doneMsWithout: Math.round(off.doneMs),
					addedMs: Math.round(on.doneMs - off.doneMs),
					addedMsKnownSilent: Math.round(onAgain.doneMs - offAgain.doneMs),
					...swarm.score(lastResults(on.events), 'a'),
					again: swarm.score(lastResults(onAgain.events), 'b')
				});
			} finally {
				await Promise.all([withSwarm.stop(), without.stop()]);
			}
		}
	} finally {
		await swarm.close();
	}
	return pairs;
}

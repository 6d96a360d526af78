// Benchmark: the built server on the fake web with realistic latencies (engines 300–800 ms, sites 50 ms
// to 5 s, one page that never finishes). Prints JSON: time to first result and to done, results,
// upstream requests and repeats, the server's memory idle and after searches, and cold start under
// socket activation (scripts/bench-cold-start.ts); then swarm health against a real tracker and peers on
// loopback (scripts/bench-swarm.ts): how often seeders and files match, and what it adds to a search's
// done time (the same searches with SWARM_HEALTH=off). BENCH_NODE_OPTIONS passes options to the server's node,
// e.g. `--max-semi-space-size=1` to see what V8's young generation costs in memory.
import { readFileSync } from 'node:fs';
import { startApp } from '../tests/app-server.ts';
import { measureColdStart } from './bench-cold-start.ts';
import { startBenchSwarm } from './bench-swarm.ts';
import type { Result } from '../src/lib/search-events.ts';
import { hasFixtures, startFakeWeb } from '../tests/fake-web/fake-web.ts';
import { ENGINE_MS, SITES } from '../tests/fake-web/realistic-latencies.ts';
import { bingSerp, duckduckgoSerp } from '../tests/fake-web/serp.ts';

if (!hasFixtures) {
	console.error('bench: ../shared/fixtures is absent; the benchmark serves real captures from it');
	process.exit(1);
}

const SITE_TIMEOUT_MS = 2000;

const web = await startFakeWeb();
const swarm = await startBenchSwarm();
web.route('/site/swarm', { body: swarm.page, delayMs: 200 });
const site = (name: string) => `${web.url}/site/${name}`;
for (const [name, fixture, delayMs] of SITES) web.route(`/site/${name}`, { fixture, delayMs });
web.route('/site/hang', { body: '<html>'.repeat(50), hang: true });
const ddgLinks = ['x1337', 'lime', 'listing', 'hang', 'galaxy', 'swarm'].map(site);
const bingLinks = ['x1337', 'eztv', 'downloads', 'json', 'lime'].map(site);
web.route('/ddg/html', { body: duckduckgoSerp(ddgLinks), delayMs: ENGINE_MS.duckduckgo });
web.route('/bing/search', { body: bingSerp(bingLinks), delayMs: ENGINE_MS.bing });
web.route('/apibay/q.php', { fixture: 'apis/apibay-search.json', delayMs: ENGINE_MS.apibay });
web.route('/nyaa', { fixture: 'apis/nyaa-rss.xml', delayMs: ENGINE_MS.nyaa });

const appEnv = {
	DUCKDUCKGO_URL: `${web.url}/ddg`,
	BING_URL: `${web.url}/bing`,
	APIBAY_URL: `${web.url}/apibay`,
	NYAA_URL: `${web.url}/nyaa`,
	ENGINES: 'duckduckgo,bing,apibay,nyaa',
	EGRESS_ALLOWLIST: '127.0.0.1',
	SWARM_HEALTH: 'on',
	SITE_TIMEOUT_MS: String(SITE_TIMEOUT_MS),
	CACHE_TTL_SECONDS: '0',
	...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {})
};
const app = await startApp(appEnv);

function rssMiB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 102.4) / 10;
}

async function timedSearch(query: string, server = app) {
	const started = performance.now();
	const response = await fetch(`${server.url}/api/search/stream?q=${encodeURIComponent(query)}`);
	let firstResultMs: number | null = null;
	const results = new Map<string, Result>();
	let buffer = '';
	for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
		buffer += Buffer.from(chunk).toString();
		const lines = buffer.split('\n');
		buffer = lines.pop() ?? '';
		for (const line of lines) {
			const event = JSON.parse(line);
			if (event.type === 'result') {
				firstResultMs ??= performance.now() - started;
				results.set(event.infohash, event);
			}
		}
	}
	return {
		firstResultMs: Math.round(firstResultMs ?? -1),
		doneMs: Math.round(performance.now() - started),
		results: results.size,
		swarm: swarm.score(results)
	};
}

await new Promise((resolve) => setTimeout(resolve, 300));
const rssIdle = rssMiB(app.process.pid!);
const runs = [];
let rssAfterOneSearch = 0;
for (let i = 0; i < 3; i++) {
	const before = web.requests.length;
	const run = await timedSearch(`silo ${i}`);
	const requests = web.requests.slice(before);
	runs.push({
		...run,
		upstreamRequests: requests.length,
		repeatedRequests: requests.length - new Set(requests).size
	});
	if (i === 0) rssAfterOneSearch = rssMiB(app.process.pid!);
}
const rssAfterSearches = rssMiB(app.process.pid!);

// What swarm health adds to a search's done time: the same search on a server without it, taken in turns
// so that the machine's load falls on both alike. Each pair is two fresh servers with empty state, so the
// health is asked of the swarm, not read back from the store.
const addedMs: number[] = [];
const withoutSwarm: number[] = [];
const freshScores: string[] = [];
for (let i = 0; i < 5; i++) {
	const [withSwarm, without] = await Promise.all([
		startApp(appEnv),
		startApp({ ...appEnv, SWARM_HEALTH: 'off' })
	]);
	await Promise.all([fetch(`${withSwarm.url}/healthz`), fetch(`${without.url}/healthz`)]);
	const off = (await timedSearch(`pair ${i}`, without)).doneMs;
	const withHealth = await timedSearch(`pair ${i}`, withSwarm);
	withoutSwarm.push(off);
	addedMs.push(withHealth.doneMs - off);
	freshScores.push(
		`seeders ${withHealth.swarm.seedersMatchPercent}%, leechers ${withHealth.swarm.leechersMatchPercent}%, size and files ${withHealth.swarm.sizeAndFilesMatchPercent}%`
	);
	await Promise.all([withSwarm.stop(), without.stop()]);
}
await app.stop();
await web.close();
await swarm.close();

const fastestEngine = Math.min(...Object.values(ENGINE_MS));
const fastestSite = Math.min(...SITES.map(([, , delay]) => delay));
const slowestEngine = Math.max(...Object.values(ENGINE_MS));
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
	JSON.stringify(
		{
			firstResultMs: median(runs.map((run) => run.firstResultMs)),
			firstResultTargetMs: fastestEngine + fastestSite + 150,
			doneMs: median(runs.map((run) => run.doneMs)),
			doneTargetMs: slowestEngine + SITE_TIMEOUT_MS + 300,
			results: runs[0]?.results,
			upstreamRequests: runs[0]?.upstreamRequests,
			repeatedRequests: Math.max(...runs.map((run) => run.repeatedRequests)),
			rssIdleMiB: rssIdle,
			rssAfterOneSearchMiB: rssAfterOneSearch,
			rssAfterThreeSearchesMiB: rssAfterSearches,
			swarm: {
				// The first search is a cold process's; the last ran with everything loaded.
				firstSearch: runs[0]?.swarm,
				lastSearch: runs.at(-1)?.swarm,
				freshServerSearches: freshScores,
				doneMsWithoutSwarm: median(withoutSwarm),
				doneMsAddedBySwarm: median(addedMs),
				doneMsAddedBySwarmRuns: addedMs
			},
			runs: runs.map(({ swarm: _, ...run }) => run),
			coldStart: await measureColdStart()
		},
		null,
		2
	)
);

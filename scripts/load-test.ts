// Load test (not part of CI): 50 concurrent searches with distinct queries against the built server on the
// fake web with realistic latencies (as scripts/bench.ts). Prints JSON: throughput, p50/p99 time to first
// result and to done, the server's peak RSS, peak outbound connections (counted at the fake web) and errors.
// LOAD_SEARCHES, LOAD_MAX_CONCURRENT (MAX_CONCURRENT_SEARCHES), LOAD_CONNECTIONS_PER_HOST
// (EGRESS_CONNECTIONS_PER_HOST), LOAD_MAX_IN_FLIGHT (EGRESS_MAX_IN_FLIGHT) and LOAD_NODE_OPTIONS (options for
// the server's node) change the run.
import { readFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { startApp } from '#tests/app-server.ts';
import { hasFixtures, startFakeWeb } from '#tests/fake-web/fake-web.ts';
import { ENGINE_MS, SITES } from '#tests/fake-web/realistic-latencies.ts';
import { bingSerp, duckduckgoSerp } from '#tests/fake-web/serp.ts';
import { streamSearch } from '#tests/hardening/search-stream.ts';

if (!hasFixtures) {
	console.error('load-test: ../shared/fixtures is absent; the fake web serves real captures from it');
	process.exit(1);
}

const SEARCHES = Number(process.env.LOAD_SEARCHES ?? 50);
const MAX_CONCURRENT = process.env.LOAD_MAX_CONCURRENT ?? String(SEARCHES);
// Set on the server whatever its defaults, so that the caps printed are the ones it ran with.
const CONNECTIONS_PER_HOST = process.env.LOAD_CONNECTIONS_PER_HOST ?? '4';
const MAX_IN_FLIGHT = process.env.LOAD_MAX_IN_FLIGHT ?? '24';
const SITE_TIMEOUT_MS = 2000;
const SEARCH_TIMEOUT_MS = 10_000;

const web = await startFakeWeb();

// Every engine and site is its own origin (as on the real web, where egress bounds connections per host),
// played by a port that forwards to the fake web and counts the connections passing through.
let open = 0;
let peakOpen = 0;
let totalConnections = 0;
const sockets = new Set<Socket>();
const forwarders: Server[] = [];
const webPort = Number(new URL(web.url).port);

async function origin(): Promise<string> {
	const server = createServer((client) => {
		totalConnections++;
		peakOpen = Math.max(peakOpen, ++open);
		const upstream = connect(webPort, '127.0.0.1');
		sockets.add(client).add(upstream);
		const close = () => {
			client.destroy();
			upstream.destroy();
		};
		client.once('close', () => {
			open--;
			sockets.delete(client);
			close();
		});
		upstream.once('close', () => {
			sockets.delete(upstream);
			close();
		});
		client.on('error', close);
		upstream.on('error', close);
		client.pipe(upstream).pipe(client);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	forwarders.push(server);
	return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

const origins = new Map<string, string>();
for (const name of [...SITES.map(([name]) => name), 'hang', 'ddg', 'bing', 'apibay', 'nyaa'])
	origins.set(name, await origin());
const at = (name: string) => origins.get(name) as string;

// Each query gets its own result pages (distinct URLs, so nothing is shared between searches).
const site = (name: string, query: string) => `${at(name)}/site/${name}?for=${encodeURIComponent(query)}`;
for (const [name, fixture, delayMs] of SITES) web.route(`/site/${name}`, { fixture, delayMs });
web.route('/site/hang', { body: '<html>'.repeat(50), hang: true });
const links = (url: URL, names: string[]) => names.map((name) => site(name, url.searchParams.get('q') ?? ''));
web.route('/ddg/html', {
	body: (url) => duckduckgoSerp(links(url, ['x1337', 'lime', 'listing', 'hang', 'galaxy'])),
	delayMs: ENGINE_MS.duckduckgo
});
web.route('/bing/search', {
	body: (url) => bingSerp(links(url, ['x1337', 'eztv', 'downloads', 'json', 'lime'])),
	delayMs: ENGINE_MS.bing
});
web.route('/apibay/q.php', { fixture: 'apis/apibay-search.json', delayMs: ENGINE_MS.apibay });
web.route('/nyaa', { fixture: 'apis/nyaa-rss.xml', delayMs: ENGINE_MS.nyaa });

const app = await startApp({
	DUCKDUCKGO_URL: `${at('ddg')}/ddg`,
	BING_URL: `${at('bing')}/bing`,
	APIBAY_URL: `${at('apibay')}/apibay`,
	NYAA_URL: `${at('nyaa')}/nyaa`,
	ENGINES: 'duckduckgo,bing,apibay,nyaa',
	EGRESS_ALLOWLIST: '127.0.0.1',
	SITE_TIMEOUT_MS: String(SITE_TIMEOUT_MS),
	SEARCH_TIMEOUT_MS: String(SEARCH_TIMEOUT_MS),
	CACHE_TTL_SECONDS: '0',
	MAX_CONCURRENT_SEARCHES: MAX_CONCURRENT,
	EGRESS_CONNECTIONS_PER_HOST: CONNECTIONS_PER_HOST,
	EGRESS_MAX_IN_FLIGHT: MAX_IN_FLIGHT,
	...(process.env.LOAD_NODE_OPTIONS ? { NODE_OPTIONS: process.env.LOAD_NODE_OPTIONS } : {})
});

const pid = app.process.pid as number;
const rssMiB = () =>
	Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
/** The server's user + system CPU time: what memory-saving flags cost shows here, not in wall time. */
const cpuMs = () => {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
	// utime and stime, fields 14 and 15 of proc(5), in clock ticks (USER_HZ, 100 on Linux).
	return (Number(fields[11]) + Number(fields[12])) * 10;
};
await new Promise((resolve) => setTimeout(resolve, 300));
const idleRss = rssMiB();
let peakRss = idleRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMiB())), 25);

const cpuBefore = cpuMs();
const started = performance.now();
const runs = await Promise.all(
	Array.from({ length: SEARCHES }, (_, i) =>
		streamSearch(app.url, `silo load ${i}`).then(
			(run) => ({
				...run,
				error: run.status === 200 && run.events.at(-1)?.type === 'done' ? null : `HTTP ${run.status}`
			}),
			(error: Error) => ({
				status: 0,
				events: [],
				firstResultMs: null,
				doneMs: Number.NaN,
				error: error.message
			})
		)
	)
);
const wallMs = performance.now() - started;
clearInterval(sampler);
const rssAfter = rssMiB();
const serverCpuMs = cpuMs() - cpuBefore;
await app.stop();
await web.close();
for (const socket of sockets) socket.destroy();
for (const server of forwarders) server.close();

const completed = runs.filter((run) => run.error === null);
const percentile = (values: number[], p: number) => {
	const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
	return sorted.length === 0
		? null
		: Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number);
};
const done = completed.map((run) => run.doneMs);
const first = completed.flatMap((run) => (run.firstResultMs === null ? [] : [run.firstResultMs]));
const errors: Record<string, number> = {};
for (const run of runs) if (run.error) errors[run.error] = (errors[run.error] ?? 0) + 1;

console.log(
	JSON.stringify(
		{
			searches: SEARCHES,
			maxConcurrentSearches: Number(MAX_CONCURRENT),
			egressConnectionsPerHost: Number(CONNECTIONS_PER_HOST),
			egressMaxInFlight: Number(MAX_IN_FLIGHT),
			completed: completed.length,
			wallMs: Math.round(wallMs),
			searchesPerSecond: Number(((completed.length / wallMs) * 1000).toFixed(2)),
			firstResultMs: { p50: percentile(first, 50), p99: percentile(first, 99) },
			doneMs: { p50: percentile(done, 50), p99: percentile(done, 99), deadline: SEARCH_TIMEOUT_MS },
			// Distinct torrents: a result that grows (health, files) is sent again and counts once.
			resultsPerSearch: percentile(
				completed.map(
					(run) =>
						new Set(run.events.flatMap((event) => (event.type === 'result' ? [event.infohash] : []))).size
				),
				50
			),
			serverCpuMs,
			rssMiB: { idle: Math.round(idleRss), peak: Math.round(peakRss), after: Math.round(rssAfter) },
			outboundConnections: { peakConcurrent: peakOpen, total: totalConnections },
			fakeWebRequests: web.requests.length,
			errors
		},
		null,
		2
	)
);

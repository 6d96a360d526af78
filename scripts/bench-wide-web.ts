// The benchmark's wide web: two web engines (300–800 ms) listing 45 result pages on 38 sites (each its
// own origin), latencies spread from 50 ms to 5 s by a seed, one page that never ends; and the perfect
// harvester the app's recall is measured against: every listed page fetched at once, SITE_TIMEOUT_MS each.
import { createHash } from 'node:crypto';
import { readFixture, startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { bingSerp, duckduckgoSerp } from '#tests/fake-web/serp.ts';
import { startApp } from '#tests/app-server.ts';
import { streamSearch } from '#tests/hardening/search-stream.ts';
import { infohashesInText, SITE_TIMEOUT_MS } from './bench-web.ts';

export const WIDE = { pages: 45, hosts: 38, minMs: 50, maxMs: 5000 } as const;

/** Real captures served as result pages; their 40-hex infohashes are made unique to each page. */
const PAGE_FIXTURES = [
	'sites/x1337-detail.html',
	'sites/limetorrents-detail.html',
	'sites/eztv-detail.html',
	'sites/torrentdownloads-detail.html',
	'sites/torrentbay-magnet-response.json',
	'sites/limetorrents-search.html',
	'sites/torrentgalaxy.html'
];

export interface WidePage {
	url: string;
	delayMs: number;
	hang: boolean;
}

export interface WideWeb {
	seed: number;
	pages: WidePage[];
	/** The app's environment for this web (swarm health off: this web measures the harvest alone). */
	env: Record<string, string>;
	close(): Promise<void>;
}

/** mulberry32: a small seeded generator, so a run can be repeated from its printed seed. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function shuffle<T>(items: T[], next: () => number): T[] {
	for (let i = items.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[items[i], items[j]] = [items[j] as T, items[i] as T];
	}
	return items;
}

/** One latency per page, log-uniform and stratified: every decade from 50 ms to 5 s is represented. */
function latencies(count: number, next: () => number): number[] {
	const span = Math.log(WIDE.maxMs / WIDE.minMs);
	const spread = Array.from({ length: count }, (_, i) =>
		Math.round(WIDE.minMs * Math.exp((span * (i + next())) / count))
	);
	return shuffle(spread, next);
}

function pageBody(fixture: string, seed: number, page: number): Buffer {
	const text = readFixture(fixture).toString('latin1');
	const unique = text.replace(/[0-9a-f]{40}/gi, (hash) =>
		createHash('sha1').update(`${seed}:${page}:${hash.toLowerCase()}`).digest('hex')
	);
	return Buffer.from(unique, 'latin1');
}

export async function startWideWeb(seed: number): Promise<WideWeb> {
	const next = random(seed);
	const sites: FakeWeb[] = [];
	for (let i = 0; i < WIDE.hosts; i++) sites.push(await startFakeWeb());
	const engines = await startFakeWeb();
	const delays = latencies(WIDE.pages, next);
	const hanging = Math.floor(next() * WIDE.pages);
	const pages: WidePage[] = [];
	for (let i = 0; i < WIDE.pages; i++) {
		// The first hosts get one page each, the rest of the pages land on random hosts (two on some).
		const site = sites[i < WIDE.hosts ? i : Math.floor(next() * WIDE.hosts)] as FakeWeb;
		const path = `/torrent/${i}/${seed}`;
		const fixture = PAGE_FIXTURES[Math.floor(next() * PAGE_FIXTURES.length)] as string;
		const hang = i === hanging;
		const delayMs = delays[i] as number;
		site.route(path, { body: pageBody(fixture, seed, i), delayMs, hang });
		pages.push({ url: site.url + path, delayMs, hang });
	}
	// Each engine lists about 60 % of the pages, with some in both, as real engines overlap.
	const order = shuffle([...pages.keys()], next);
	const cut = Math.round(WIDE.pages * 0.45);
	const overlap = Math.round(WIDE.pages * 0.1);
	const ddg = order.slice(0, cut + overlap).map((i) => (pages[i] as WidePage).url);
	const bing = order.slice(cut).map((i) => (pages[i] as WidePage).url);
	const engineMs = () => Math.round(300 + next() * 500);
	engines.route('/ddg/html', { body: duckduckgoSerp(ddg), delayMs: engineMs() });
	engines.route('/bing/search', { body: bingSerp(bing), delayMs: engineMs() });
	return {
		seed,
		pages,
		env: {
			DUCKDUCKGO_URL: `${engines.url}/ddg`,
			BING_URL: `${engines.url}/bing`,
			ENGINES: 'duckduckgo,bing',
			EGRESS_ALLOWLIST: '127.0.0.1',
			SITE_TIMEOUT_MS: String(SITE_TIMEOUT_MS),
			CACHE_TTL_SECONDS: '0',
			SWARM_HEALTH: 'off'
		},
		close: async () => {
			await Promise.all([engines, ...sites].map((web) => web.close()));
		}
	};
}

/** The perfect harvester: every listed page at once, each given SITE_TIMEOUT_MS; what it finds. */
export async function perfectHarvest(web: WideWeb): Promise<Set<string>> {
	const found = new Set<string>();
	await Promise.all(
		web.pages.map(async ({ url }) => {
			try {
				const response = await fetch(url, { signal: AbortSignal.timeout(SITE_TIMEOUT_MS) });
				const text = Buffer.from(await response.arrayBuffer()).toString('latin1');
				for (const hash of infohashesInText(text)) found.add(hash);
			} catch {
				// Past its budget: a page the perfect harvester does not get either.
			}
		})
	);
	return found;
}

export interface WideFigures {
	seed: number;
	/** Magnets the perfect harvester found. */
	perfect: number;
	recall: number;
	doneMs: number;
	/** Pages the app reported as not fetched for lack of time. */
	notFetched: number;
}

/**
 * Each run a fresh web (its own seed, so latencies and hosts differ) and a fresh server: the first search
 * and a warm one, each measured against what the perfect harvester found on that web.
 */
export async function measureWideWeb(runs: number, extraEnv: Record<string, string>): Promise<WideFigures[]> {
	const figures: WideFigures[] = [];
	for (let run = 0; run < runs; run++) {
		const web = await startWideWeb(run + 1);
		try {
			const perfect = await perfectHarvest(web);
			const app = await startApp({ ...web.env, ...extraEnv });
			try {
				for (const query of [`wide ${run} first`, `wide ${run} warm`]) {
					const search = await streamSearch(app.url, query);
					if (search.events.at(-1)?.type !== 'done') throw new Error(`wide search answered ${search.status}`);
					const found = new Set(
						search.events.flatMap((event) => (event.type === 'result' ? [event.infohash] : []))
					);
					const notFetched = search.events.filter(
						(event) => event.type === 'page' && event.error?.startsWith('not fetched')
					).length;
					figures.push({
						seed: web.seed,
						perfect: perfect.size,
						recall:
							Math.round(([...perfect].filter((hash) => found.has(hash)).length / perfect.size) * 1000) /
							1000,
						doneMs: Math.round(search.doneMs),
						notFetched
					});
				}
			} finally {
				await app.stop();
			}
		} finally {
			await web.close();
		}
	}
	return figures;
}

// `node scripts/bench-wide-web.ts`: this row alone (BENCH_RUNS webs, default 3), without the whole bench;
// BENCH_APP_ENV=NAME=value,… sets the server's settings (e.g. EGRESS_MAX_IN_FLIGHT=64) to compare them.
if (import.meta.main) {
	const runs = Number(process.env.BENCH_RUNS ?? 3);
	const appEnv = Object.fromEntries(
		(process.env.BENCH_APP_ENV ?? '')
			.split(',')
			.filter(Boolean)
			.map((pair) => pair.split('=') as [string, string])
	);
	const figures = await measureWideWeb(runs, appEnv);
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	console.log(
		JSON.stringify(
			{
				recall: median(figures.map((run) => run.recall)),
				doneMs: median(figures.map((run) => run.doneMs)),
				runs: figures
			},
			null,
			2
		)
	);
}

// The benchmark's API faces on the fake web (scripts/bench-web.ts, plus Cinemeta naming every id):
// Stremio answers (a process woken by Stremio, a warm one, the same ask again) against STREMIO_BUDGET_MS,
// and private memory (RssAnon: Node's own binary pages are shared, not this process's) after the first
// search and over 100 searches of mixed faces (NDJSON, JSON, Torznab, Stremio, the HTML page).
import { readFileSync } from 'node:fs';
import { SETTLE_AFTER_MS } from '#lib/server/memory-settle.ts';
import { startApp, type App } from '#tests/app-server.ts';
import { streamSearch } from '#tests/hardening/search-stream.ts';
import type { BenchWeb } from './bench-web.ts';

const FACE_SEARCHES = 100;
/** Searches at once in the memory run: a few clients, as a home server sees. */
const AT_ONCE = 4;
/** Memory is read once the process has been quiet long enough to settle (src/lib/server/memory-settle.ts). */
export const SETTLED_MS = SETTLE_AFTER_MS + 500;
/**
 * SEARCH_TIMEOUT_MS's default: a Stremio answer goes out at its budget and its searches go on behind it at
 * most this long, so the last answer is not the end of the searching; memory is read once that has settled.
 */
const BACKGROUND_SEARCHES_MS = 10_000;

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;
const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export function rssAnonMiB(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return round(Number(/RssAnon:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024, 1);
}

/**
 * Cinemeta on the bench web: tt0000001… are films named `Silo Film <n>`, tt1000001… the series `Silo`
 * (whose season 3 the captures hold: its episodes have streams, each its own searches).
 */
function nameEveryTitle(bench: BenchWeb, count: number): void {
	for (let n = 1; n <= count; n++) {
		const film = `tt${String(n).padStart(7, '0')}`;
		bench.web.route(`/cinemeta/meta/movie/${film}.json`, {
			body: JSON.stringify({ meta: { id: film, name: `Silo Film ${n}`, year: '2023' } })
		});
		const series = `tt${String(1_000_000 + n)}`;
		bench.web.route(`/cinemeta/meta/series/${series}.json`, {
			body: JSON.stringify({ meta: { id: series, name: 'Silo', releaseInfo: '2023–' } })
		});
	}
}

async function timed(url: string): Promise<{ ms: number; status: number; body: string }> {
	const started = performance.now();
	const response = await fetch(url);
	const body = await response.text();
	return { ms: performance.now() - started, status: response.status, body };
}

interface StremioFigures {
	/** The first request of a fresh process is this Stremio ask. */
	wokenMs: number;
	warmFilmMs: number;
	warmEpisodeMs: number;
	/** The first ask again once its search has ended: from the store. */
	againMs: number;
	/** Streams in the first answer, and in the answer to the same ask again. */
	streamsFirst: number;
	streamsAgain: number;
	againComplete: boolean;
}

async function stremio(app: App, path: string) {
	const answer = await timed(`${app.url}/api/stremio/stream/${path}.json`);
	if (answer.status !== 200) throw new Error(`stremio answered ${answer.status}`);
	const body = JSON.parse(answer.body) as { streams: unknown[]; cacheMaxAge: number };
	return { ms: round(answer.ms), streams: body.streams.length, complete: body.cacheMaxAge > 0 };
}

/** One face's search for query number `n`, round robin over the faces. */
async function faceSearch(app: App, n: number): Promise<void> {
	const query = encodeURIComponent(`silo mixed ${n}`);
	switch (n % 5) {
		case 0:
			await streamSearch(app.url, `silo mixed ${n}`);
			return;
		case 1:
			await timed(`${app.url}/api/search?q=${query}`);
			return;
		case 2:
			await timed(`${app.url}/torznab/api?t=search&q=${query}`);
			return;
		case 3:
			await stremio(app, `movie/tt${String(100 + n).padStart(7, '0')}`);
			return;
		default:
			await timed(`${app.url}/search/basic?q=${query}`);
	}
}

export async function measureFaces(bench: BenchWeb, runs: number, extraEnv: Record<string, string>) {
	nameEveryTitle(bench, 300);
	const env = {
		...bench.env,
		CINEMETA_URL: `${bench.web.url}/cinemeta`,
		// The image's default: repeats are answered from the store.
		CACHE_TTL_SECONDS: '900',
		...extraEnv
	};
	const answers: StremioFigures[] = [];
	for (let run = 0; run < runs; run++) {
		const app = await startApp(env);
		try {
			// Each process has its own store: the same asks are new to each.
			const episode = `series/tt${1_000_000 + run + 1}:3:6`;
			const woken = await stremio(app, episode);
			const warmFilm = await stremio(app, `movie/tt${String(run + 1).padStart(7, '0')}`);
			const warmEpisode = await stremio(app, `series/tt${1_000_000 + run + 1}:3:5`);
			// Long enough for the first ask's search to end behind its answer (SEARCH_TIMEOUT_MS bounds it).
			await new Promise((resolve) => setTimeout(resolve, 3000));
			const again = await stremio(app, episode);
			answers.push({
				wokenMs: woken.ms,
				warmFilmMs: warmFilm.ms,
				warmEpisodeMs: warmEpisode.ms,
				againMs: again.ms,
				streamsFirst: woken.streams,
				streamsAgain: again.streams,
				againComplete: again.complete
			});
		} finally {
			await app.stop();
		}
	}

	// Memory: one process, the first search, then 100 of mixed faces, AT_ONCE at a time.
	const app = await startApp(env);
	const pid = app.process.pid as number;
	const samples: number[] = [];
	try {
		const idle = rssAnonMiB(pid);
		await streamSearch(app.url, 'silo memory first');
		await new Promise((resolve) => setTimeout(resolve, SETTLED_MS));
		const rssAnonAfterFirst = rssAnonMiB(pid);
		let next = 0;
		await Promise.all(
			Array.from({ length: AT_ONCE }, async () => {
				while (next < FACE_SEARCHES) {
					const n = next++;
					await faceSearch(app, n);
					if ((n + 1) % 10 === 0) samples.push(rssAnonMiB(pid));
				}
			})
		);
		await new Promise((resolve) => setTimeout(resolve, BACKGROUND_SEARCHES_MS + SETTLED_MS));
		const after100 = rssAnonMiB(pid);
		// Growth is read under load, between the samples taken as the 50th and the 100th search ended.
		const at50 = samples[4] ?? Number.NaN;
		const at100 = samples[9] ?? Number.NaN;
		return {
			stremio: {
				wokenMs: median(answers.map((a) => a.wokenMs)),
				warmMs: median(answers.flatMap((a) => [a.warmFilmMs, a.warmEpisodeMs])),
				againMs: median(answers.map((a) => a.againMs)),
				againComplete: answers.every((a) => a.againComplete && a.streamsAgain >= a.streamsFirst),
				runs: answers
			},
			memory: {
				idleMiB: idle,
				afterFirstMiB: rssAnonAfterFirst,
				after100MiB: after100,
				growthLast50MiB: round(at100 - at50, 1),
				peakMiB: Math.max(...samples),
				everyTenMiB: samples
			}
		};
	} finally {
		await app.stop();
	}
}

// `node scripts/bench-faces.ts`: these rows alone (BENCH_RUNS Stremio processes, default 3; BENCH_NODE_OPTIONS
// the server's node options, as for scripts/bench.ts).
if (import.meta.main) {
	const { startBenchWeb } = await import('./bench-web.ts');
	const bench = await startBenchWeb();
	try {
		const nodeOptions: Record<string, string> = process.env.BENCH_NODE_OPTIONS
			? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS }
			: {};
		console.log(
			JSON.stringify(await measureFaces(bench, Number(process.env.BENCH_RUNS ?? 3), nodeOptions), null, 2)
		);
	} finally {
		await bench.web.close();
	}
}

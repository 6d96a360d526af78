// State across restarts, measured on the built server and the fake web: a search fills the store, then
// each restarted server (same STATE_DIR) answers the same search again, first as its very first request
// (the search core loads with it) and then warm, with the number of requests the engines saw (none is
// the point). With REDIS_URL set, the same through that Redis. Prints JSON. Needs `vite build` first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '#tests/app-server.ts';
import { startStateWeb, stateEnv } from '#tests/state/scenario.ts';

const RESTARTS = Number(process.env.STATE_BENCH_RESTARTS ?? 7);
const QUERY = '/api/search?q=state+bench';

async function timed(url: string): Promise<number> {
	const started = performance.now();
	const response = await fetch(url);
	await response.arrayBuffer();
	if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
	return Math.round((performance.now() - started) * 10) / 10;
}

function median(values: number[]): number {
	return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

const web = await startStateWeb();
const stateDir = mkdtempSync(join(tmpdir(), 'cf-torrent-bench-state-'));
const env = stateEnv(web, {
	STATE_DIR: stateDir,
	...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {})
});
try {
	const filling = await startApp(env);
	const searchMs = await timed(filling.url + QUERY);
	await filling.stop();

	const firstAfterRestart: number[] = [];
	const warm: number[] = [];
	let engineRequests = 0;
	for (let run = 0; run < RESTARTS; run++) {
		const app = await startApp(env);
		const before = web.requests.length;
		firstAfterRestart.push(await timed(app.url + QUERY));
		warm.push(await timed(app.url + QUERY));
		engineRequests += web.requests.length - before;
		await app.stop();
	}
	console.log(
		JSON.stringify(
			{
				what: 'GET /api/search of a finished search, answered from the state store by a restarted server',
				store: process.env.REDIS_URL ? 'redis' : 'sqlite',
				searchThatFilledTheStoreMs: searchMs,
				firstRequestAfterRestartMs: { median: median(firstAfterRestart), runs: firstAfterRestart },
				warmRepeatMs: { median: median(warm), runs: warm },
				engineRequestsAfterRestarts: engineRequests
			},
			null,
			2
		)
	);
} finally {
	await web.close();
	rmSync(stateDir, { recursive: true, force: true });
}

// Asks every real engine one query exactly as the server would (the request the engine builds, no
// redirect followed) and prints how each answered: a manual check of which engines answer this machine
// today. It reaches the public internet, so it is never part of the tests or CI.
//   npm run engines:probe [-- query words]      (default query: ubuntu)
// Base URLs come from each engine's public endpoint or its <ENGINE>_URL / SEARXNG_URL variable.
import { ENGINE_IDS, engineUrlVariable, type CatalogEngineId as EngineId } from '../src/lib/engine-ids.ts';
import type { Engine, EngineOutcome } from '../src/lib/server/engines/types.ts';

const TIMEOUT_MS = 15_000;
const query = process.argv.slice(2).join(' ').trim() || 'ubuntu';

interface Row {
	id: string;
	status: 'ok' | 'empty' | 'blocked' | 'error' | 'timeout' | 'off';
	ms: number | null;
	count: number | null;
	reason: string;
}

// Each engine module exports its engine beside nothing else worth asking; the server's registry is not
// imported because it reads the server's configuration, which only exists inside SvelteKit.
async function loadEngine(id: EngineId): Promise<Engine> {
	const module: Record<string, unknown> = await import(`../src/lib/server/engines/${id}/${id}.ts`);
	const engine = Object.values(module).find(
		(value): value is Engine => typeof value === 'object' && value !== null && (value as Engine).id === id
	);
	if (!engine) throw new Error(`src/lib/server/engines/${id}/${id}.ts exports no engine with id ${id}`);
	return engine;
}

function counted(outcome: EngineOutcome): Omit<Row, 'id' | 'ms'> {
	switch (outcome.kind) {
		case 'links':
		case 'sightings': {
			const count =
				(outcome.kind === 'sightings' ? outcome.sightings.length : 0) + (outcome.links?.length ?? 0);
			return { status: count > 0 ? 'ok' : 'empty', count, reason: '' };
		}
		case 'blocked':
			return { status: 'blocked', count: null, reason: `${outcome.suspend}: ${outcome.reason}` };
		case 'error':
			return { status: 'error', count: null, reason: outcome.reason };
	}
}

async function probe(id: EngineId): Promise<Row> {
	const engine = await loadEngine(id);
	const baseUrl = process.env[engineUrlVariable(id)]?.trim() || engine.defaultUrl;
	if (!baseUrl)
		return { id, status: 'off', ms: null, count: null, reason: `${engineUrlVariable(id)} is not set` };
	const request = engine.buildRequest(query, baseUrl);
	const started = performance.now();
	const ms = () => Math.round(performance.now() - started);
	try {
		const response = await fetch(request.url, {
			method: request.method ?? 'GET',
			headers: request.headers,
			body: request.body,
			redirect: 'manual',
			signal: AbortSignal.timeout(TIMEOUT_MS)
		});
		const body = await response.text();
		const outcome = engine.parse({
			status: response.status,
			url: request.url,
			headers: response.headers,
			body
		});
		return { id, ms: ms(), ...counted(outcome) };
	} catch (error) {
		const timedOut = error instanceof Error && error.name === 'TimeoutError';
		const cause =
			error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
		return {
			id,
			status: timedOut ? 'timeout' : 'error',
			ms: ms(),
			count: null,
			reason: timedOut ? `no answer in ${TIMEOUT_MS} ms` : cause
		};
	}
}

const rows = await Promise.all(ENGINE_IDS.map(probe));
const table = [
	['engine', 'status', 'ms', 'count', 'reason'],
	...rows.map((row) => [row.id, row.status, String(row.ms ?? ''), String(row.count ?? ''), row.reason])
];
const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
console.log(`query: ${JSON.stringify(query)}`);
for (const cells of table)
	console.log(
		cells
			.map((cell, column) => cell.padEnd(widths[column]!))
			.join('  ')
			.trimEnd()
	);

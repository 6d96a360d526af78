// The search, as every face asks for it: a finished search from the state store when there is one (a
// reload, Stremio asking again, the next process after an idle exit), else the live one already running
// for the same words and engines, else a new live one, kept there when it completes: the store is read
// and written here alone. The live search
// (engines, parsers, egress, the swarm) is loaded only when needed, so a repeat answered from the store
// costs a freshly woken process none of it.
import type { EngineId } from '#lib/engine-ids.ts';
import type { SearchEvent } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { searchRunning } from '#lib/server/memory-settle.ts';
import { currentRequestId } from '#lib/server/request-id.ts';
import { cachedSearch, rememberSearch, searchKey } from './cache.ts';
import { SharedRun } from './shared-run.ts';

export interface SearchOptions {
	/** Engines to ask; the configured defaults when absent. */
	engines?: EngineId[];
	/** Aborts the search (the client went away). */
	signal?: AbortSignal;
}

/**
 * Runs a search, yielding its events as they happen. Called within the request (as the routes do), so the
 * request id is read there: the generator's body runs later, when its reader first asks.
 */
export function search(query: string, options: SearchOptions = {}): AsyncGenerator<SearchEvent> {
	return answer(query, options, currentRequestId());
}

/** Live searches running, by searchKey: a second ask for one joins it (Stremio asking again, a reload). */
const running = new Map<string, SharedRun<SearchEvent>>();

async function* answer(
	query: string,
	options: SearchOptions,
	requestId: string
): AsyncGenerator<SearchEvent> {
	const engineIds = options.engines ?? config.defaultEngines;
	const cached = await cachedSearch(query, engineIds);
	if (cached) {
		yield* cached;
		return;
	}
	const key = searchKey(query, engineIds);
	let run = running.get(key);
	if (!run?.joinable) {
		const { liveSearch } = await import('./live-search.ts');
		// Another ask may have started it while the live search loaded.
		run = running.get(key);
		if (!run?.joinable) run = startRun(key, liveSearch, query, engineIds, requestId);
	}
	yield* run.read(options.signal);
}

/** Starts a live search that others may join until it ends, kept in the store once it completes. */
function startRun(
	key: string,
	liveSearch: typeof import('./live-search.ts').liveSearch,
	query: string,
	engineIds: EngineId[],
	requestId: string
): SharedRun<SearchEvent> {
	const ended = searchRunning();
	const run: SharedRun<SearchEvent> = new SharedRun(
		(signal) =>
			liveSearch(query, engineIds, requestId, signal, (finished) =>
				rememberSearch(query, engineIds, finished)
			),
		{
			// A result is sent again as it grows: one who joins later needs only its latest state.
			keyOf: (event) => (event.type === 'result' ? event.infohash : null),
			ended() {
				ended();
				if (running.get(key) === run) running.delete(key);
			}
		}
	);
	running.set(key, run);
	return run;
}

/**
 * Loads everything a live search runs (engines, egress and its HTTP client, the harvest and the swarm's
 * code, the request parameters) and readies its readers (the markup parsers, the release parser's pattern
 * index). The warm-up calls it while a person types, so that their first search waits for none of it.
 */
export async function loadSearchCore(): Promise<void> {
	const [readers] = await Promise.all([
		import('./readers.ts'),
		import('./live-search.ts'),
		import('./answer-side.ts'),
		import('./params.ts')
	]);
	await readers.warmUpReaders();
}

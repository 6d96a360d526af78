// Recent searches kept in memory so a repeat (a page reload, Stremio asking again) answers at once.
// Expiry is checked on read: no timer, nothing here keeps an idle process alive.
import type { EngineEvent, PageEvent, Result, SearchEvent } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';

export interface FinishedSearch {
	engines: EngineEvent[];
	pages: PageEvent[];
	/** Ranked, merged. */
	results: Result[];
}

/** A few hundred searches of a few hundred results each stay well under the memory budget. */
const MAX_ENTRIES = 200;

const entries = new Map<string, { expires: number; search: FinishedSearch }>();

function keyOf(query: string, engines: readonly string[]): string {
	const words = query.trim().toLowerCase().split(/\s+/).join(' ');
	return `${[...engines].sort().join(',')}\n${words}`;
}

export function cachedSearch(query: string, engines: readonly string[]): SearchEvent[] | null {
	const key = keyOf(query, engines);
	const entry = entries.get(key);
	if (!entry) return null;
	if (entry.expires <= Date.now()) {
		entries.delete(key);
		return null;
	}
	const { search } = entry;
	return [
		...search.engines,
		...search.pages,
		...search.results.map((result) => ({ type: 'result' as const, ...result })),
		{ type: 'done', elapsedMs: 0 }
	];
}

/** Keeps a finished search, unless no engine answered: a failure is worth retrying, not repeating. */
export function rememberSearch(query: string, engines: readonly string[], search: FinishedSearch): void {
	if (config.cacheTtlSeconds === 0) return;
	if (!search.engines.some((engine) => engine.status === 'ok' || engine.status === 'empty')) return;
	const key = keyOf(query, engines);
	entries.delete(key);
	entries.set(key, { expires: Date.now() + config.cacheTtlSeconds * 1000, search });
	if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
}

export function clearSearchCache(): void {
	entries.clear();
}

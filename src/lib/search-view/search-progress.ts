// What a page knows about a running search, built up from its events one at a time (browser and server).
import type { EngineReport, PageEvent, Result, SearchEvent } from '#lib/search-events.ts';

export interface SearchProgress {
	/** In the order first seen, which is the server's ranking as it streams; a re-sent result replaces itself in place. */
	results: Result[];
	engines: Record<string, EngineReport>;
	/** Every checked result link by URL: how many magnets it gave, or why none. */
	pages: Record<string, PageEvent>;
	/** Set when the search ended. */
	elapsedMs: number | null;
}

export function emptyProgress(): SearchProgress {
	return { results: [], engines: {}, pages: {}, elapsedMs: null };
}

/**
 * Applies one event in place. Returns what changed for a result so callers that cannot update a row (the
 * basic HTML page) know whether it is new.
 */
export function applyEvent(progress: SearchProgress, event: SearchEvent): 'new' | 'updated' | null {
	switch (event.type) {
		case 'engine': {
			const { type: _type, ...report } = event;
			progress.engines[event.id] = report;
			return null;
		}
		case 'result': {
			const { type: _type, ...result } = event;
			const at = progress.results.findIndex((known) => known.infohash === result.infohash);
			if (at === -1) {
				progress.results.push(result);
				return 'new';
			}
			progress.results[at] = result;
			return 'updated';
		}
		case 'page':
			progress.pages[event.url] = event;
			return null;
		case 'done':
			progress.elapsedMs = event.elapsedMs;
			return null;
	}
}

/** How many result links were checked, and how many of them gave at least one magnet. */
export function pageCounts(progress: SearchProgress): { checked: number; withMagnets: number } {
	const pages = Object.values(progress.pages);
	return { checked: pages.length, withMagnets: pages.filter((page) => page.magnets > 0).length };
}

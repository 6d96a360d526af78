// What the service worker does with each request: the app shell, a file from its cache, or nothing (the
// network, untouched). Pure, so the rules are tested without a browser.

/** The page the worker keeps to stand in for the app's pages while the server wakes. */
export const SHELL_PATH = '/shell';

/** Pages the shell stands in for: the home page, a search (bookmarked or shared), and a share. */
export const SHELL_PAGES: readonly string[] = ['/', '/search', '/share'];

export type WorkerAction =
	/** Answer with the cached shell at once; the shell wakes the server and loads the real page. */
	| { kind: 'shell' }
	/** A language or theme switch: the server sets a cookie, so the shell is made again before going on. */
	| { kind: 'settings' }
	/** A file of this build (scripts, styles, icons): from the cache, never stale since it is versioned. */
	| { kind: 'precached' }
	/** Everything else, answers and API calls above all: the network, never a cached copy. */
	| { kind: 'network' };

export interface RequestFacts {
	method: string;
	mode: string;
	url: string;
}

export function routeRequest(
	request: RequestFacts,
	origin: string,
	precached: ReadonlySet<string>
): WorkerAction {
	if (request.method !== 'GET') return { kind: 'network' };
	const url = new URL(request.url);
	if (url.origin !== origin) return { kind: 'network' };
	if (request.mode === 'navigate') {
		if (url.searchParams.has('lang') || url.searchParams.has('theme')) return { kind: 'settings' };
		return SHELL_PAGES.includes(url.pathname) ? { kind: 'shell' } : { kind: 'network' };
	}
	// Only the exact files of this build: a query string or any other path goes to the server.
	return !url.search && precached.has(url.pathname) ? { kind: 'precached' } : { kind: 'network' };
}

/** The paths to precache, from SvelteKit's lists of built files and static files (relative to the root). */
export function precachePaths(immutable: { path: string }[], assets: { path: string }[]): string[] {
	return [...immutable, ...assets].map(({ path }) => `/${path.replace(/^\/+/, '')}`);
}

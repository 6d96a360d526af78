// Loads the search core (search.ts#loadSearchCore) just after a page has gone out to a browser, while the
// person reads it and types: a freshly woken process then meets its first search ready, and start-up itself
// does no more than before (the page never waits for this). API clients load the core with their first
// search; health checks and feeds never load it, nor do the pages that search at once (below).
import type { Handle } from '@sveltejs/kit/hooks';

/**
 * Pages that start their search at once: the results page asks /api/search/stream as soon as its scripts
 * run, and the basic page searches while it is written. Nobody types there, and the warm-up (hundreds of
 * ms of one busy thread on a woken process) would only hold up the page's own scripts, which this process
 * serves, and so its search; the search loads the core itself, sending its engine requests first and
 * readying its readers (the markup parsers, the release parser) in the wait for their answers.
 */
const SEARCHING_PAGES = new Set(['/search', '/search/basic']);

/** Long enough for the page to be written first, short next to a person typing a query. */
export const WARM_UP_DELAY_MS = 30;

let warming: Promise<unknown> | undefined;
let shuttingDown = false;

async function loadSearchCore(): Promise<void> {
	const search = await import('./search.ts');
	await search.loadSearchCore();
}

/** Starts loading the search core once, WARM_UP_DELAY_MS from now; never holds the process open. */
export function warmUpSearchCore(): Promise<unknown> {
	if (!warming) process.once('sveltekit:shutdown', () => (shuttingDown = true));
	warming ??= new Promise((resolve) => setTimeout(resolve, WARM_UP_DELAY_MS).unref())
		// An idle exit that came first is not delayed by loading what nobody will use.
		.then(() => (shuttingDown ? undefined : loadSearchCore()))
		.catch((error: unknown) => console.error('loading the search core failed:', error));
	return warming;
}

/** The request hook: an HTML page sent to a browser, or a page's data (the app shell asks for it once
 *  the server is awake, instead of the page), is followed by warming the search core, unless that page
 *  searches at once. */
export const warmUpAfterResponse: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const isPage =
		(response.headers.get('content-type')?.startsWith('text/html') ?? false) || event.isDataRequest === true;
	const searchesAtOnce = SEARCHING_PAGES.has(event.route.id ?? '');
	if (event.request.method === 'GET' && isPage && !searchesAtOnce) void warmUpSearchCore();
	return response;
};

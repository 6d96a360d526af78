// Loads the search core (search.ts#loadSearchCore) just after a page has gone out to a browser, while the
// person reads it and types: a freshly woken process then meets its first search ready, and start-up itself
// does no more than before (the page never waits for this). API clients load the core with their first
// search; health checks and feeds never load it.
import type { Handle } from '@sveltejs/kit/hooks';

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
 *  the server is awake, instead of the page), is followed by warming the search core. */
export const warmUpAfterResponse: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const isPage =
		(response.headers.get('content-type')?.startsWith('text/html') ?? false) || event.isDataRequest === true;
	if (event.request.method === 'GET' && isPage) void warmUpSearchCore();
	return response;
};

// Loads the search core (engines, parsers, undici, cheerio) just after a response has gone out, while
// nobody waits: a freshly woken process then meets its first search ready, and start-up itself does no
// more than before (the first response never waits for this).
import type { Handle } from '@sveltejs/kit/hooks';

/** Long enough for the response to be written first, short next to a person typing a query. */
export const WARM_UP_DELAY_MS = 30;

let warming: Promise<unknown> | undefined;

/** Starts loading the search core once, WARM_UP_DELAY_MS from now; never holds the process open. */
export function warmUpSearchCore(): Promise<unknown> {
	warming ??= new Promise((resolve) => setTimeout(resolve, WARM_UP_DELAY_MS).unref())
		.then(() => import('./search.ts'))
		.catch((error: unknown) => console.error('loading the search core failed:', error));
	return warming;
}

/** The request hook: every answer (the first one matters) is followed by warming the search core. */
export const warmUpAfterResponse: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	void warmUpSearchCore();
	return response;
};

// The request hook that keeps the API's promise of JSON errors for addresses no route matches: an unknown
// path under /api/ or one that is not valid percent-encoding would otherwise get SvelteKit's HTML page.
import { json } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { STREMIO_CORS } from '#lib/server/formats/stremio-http.ts';

/** The path as text, or null when its escapes are not UTF-8 (the result is used: a bundler may drop a bare call). */
function decodedPath(pathname: string): string | null {
	try {
		return decodeURIComponent(pathname);
	} catch {
		return null;
	}
}

export const apiNotFound: Handle = ({ event, resolve }) => {
	const { pathname } = event.url;
	if (event.route.id !== null || !/^\/api(\/|$)/.test(pathname)) return resolve(event);
	// Stremio reads add-ons cross-origin and shows nothing for an answer without CORS.
	const headers = pathname.startsWith('/api/stremio/') ? STREMIO_CORS : undefined;
	const path = decodedPath(pathname);
	if (path === null)
		return json({ error: 'the address is not valid percent-encoded UTF-8' }, { status: 400, headers });
	return json({ error: `no API route at ${path.slice(0, 100)}` }, { status: 404, headers });
};

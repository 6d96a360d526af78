// The add-on's HTTP answers: JSON with CORS on every one, errors and preflights included, because
// Stremio's web and desktop apps read add-ons cross-origin and show nothing for an answer they cannot read.
import { json } from '@sveltejs/kit';

export const STREMIO_CORS = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD, OPTIONS',
	'access-control-allow-headers': '*',
	'access-control-max-age': '86400'
} as const;

export function stremioJson(body: unknown, init: { status?: number; maxAgeSeconds?: number } = {}): Response {
	const headers: Record<string, string> = { ...STREMIO_CORS };
	if (init.maxAgeSeconds !== undefined) {
		headers['cache-control'] = init.maxAgeSeconds > 0 ? `max-age=${init.maxAgeSeconds}, public` : 'no-store';
	}
	return json(body, { status: init.status ?? 200, headers });
}

export function stremioPreflight(): Response {
	return new Response(null, { status: 204, headers: STREMIO_CORS });
}

/** Runs a handler; a bug still answers with CORS (and is logged) instead of an unreadable bare 500. */
export async function answerStremio(handler: () => Promise<Response> | Response): Promise<Response> {
	try {
		return await handler();
	} catch (error) {
		console.error('stremio add-on request failed', error);
		return stremioJson({ error: 'internal error' }, { status: 500 });
	}
}

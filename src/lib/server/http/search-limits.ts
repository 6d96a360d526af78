// The request hook that keeps a public server usable: a per-client search rate limit and a cap on
// searches running at once, for every face that starts a search, answered with 429 and Retry-After.
import type { RequestEvent } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { config } from '#lib/server/config.ts';
import { withBackgroundWork } from '#lib/server/lifecycle.ts';
import { STREMIO_CORS } from '#lib/server/formats/stremio-http.ts';
import { ClientRateLimit, SearchSlots, clientKey } from './client-rate-limit.ts';
import { getLocale } from '#lib/i18n/paraglide/runtime.js';
import type { Refusal } from '#lib/server/written-page.ts';
import { THEME_COOKIE, toTheme } from '#lib/theme.ts';

type Face = 'json' | 'stremio' | 'torznab' | 'html';

/** Routes that start a search, by SvelteKit route id, and how each tells a client to come back later. */
const SEARCH_FACES: Record<string, Face> = {
	'/api/search': 'json',
	'/api/search/stream': 'json',
	'/api/stremio/stream/[type]/[id].json': 'stremio',
	'/torznab/api': 'torznab',
	'/search/basic': 'html',
	// A saved search's feed runs the search; its readers (RSS downloaders, the *arrs) read XML errors.
	'/feed/[token].xml': 'torznab'
};

/**
 * The search page starts nothing itself (the browser then asks /api/search/stream), but a client over
 * its limit should read a page that says so rather than a search that fails: it is checked, not counted.
 */
const CHECKED_PAGES = new Set(['/search']);

const rateLimit =
	config.searchRateLimit > 0 ? new ClientRateLimit(config.searchRateLimit, config.rateLimitMaxClients) : null;
const slots = new SearchSlots(config.maxConcurrentSearches);

function faceOf(event: RequestEvent): Face | null {
	const face = SEARCH_FACES[event.route.id ?? ''];
	// HEAD runs the GET handler too (SvelteKit drops only the body): it starts a search all the same.
	if (!face || (event.request.method !== 'GET' && event.request.method !== 'HEAD')) return null;
	// Capabilities are what Prowlarr and Sonarr ask when testing a connection: they search nothing.
	if (face === 'torznab' && event.url.searchParams.get('t') === 'caps') return null;
	return face;
}

function clientOf(event: RequestEvent): string {
	try {
		return clientKey(event.getClientAddress());
	} catch {
		// ADDRESS_HEADER is set but this request came without it (not through the proxy): such clients
		// share one count rather than escaping the limit.
		return 'unknown';
	}
}

/** What machine clients read: the same reason in plain English. */
function refusalMessage(refusal: Refusal): string {
	const seconds = refusal.retryAfterSeconds;
	return refusal.kind === 'rate'
		? `too many searches from your address: at most ${refusal.perMinute} a minute; try again in ${seconds} s`
		: `the server is busy with ${refusal.searches} searches; try again in ${seconds} s`;
}

async function tooMany(event: RequestEvent, face: Face, refusal: Refusal): Promise<Response> {
	const message = refusalMessage(refusal);
	const headers: Record<string, string> = {
		'retry-after': String(refusal.retryAfterSeconds),
		'cache-control': 'no-store'
	};
	switch (face) {
		case 'html': {
			// Loaded only when a browser is refused: the page renders Svelte components, which the machine
			// faces never need at a cold start.
			const { tooManyPage } = await import('#lib/server/written-page.ts');
			const context = {
				url: event.url,
				locale: getLocale(),
				theme: toTheme(event.cookies.get(THEME_COOKIE))
			};
			return new Response(tooManyPage(context, refusal), {
				status: 429,
				headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }
			});
		}
		case 'torznab': {
			// Torznab's own code for this; Sonarr and Radarr back off on the status and Retry-After. Loaded
			// only then: the Torznab writer brings its zod request schema, which a cold start never needs.
			const { torznabError } = await import('#lib/server/formats/torznab.ts');
			return new Response(torznabError(500, `Request limit reached: ${message}`), {
				status: 429,
				headers: { ...headers, 'content-type': 'application/xml; charset=utf-8' }
			});
		}
		case 'stremio':
			return Response.json({ error: message }, { status: 429, headers: { ...headers, ...STREMIO_CORS } });
		case 'json':
			return Response.json({ error: message }, { status: 429, headers });
	}
}

const overRate = (retryAfterSeconds: number): Refusal => ({
	kind: 'rate',
	perMinute: config.searchRateLimit,
	retryAfterSeconds
});

/** Passes the response through, calling `release` when its body has been sent or abandoned. */
function releaseWhenSent(response: Response, release: () => void): Response {
	if (!response.body) {
		release();
		return response;
	}
	const reader = response.body.getReader();
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			try {
				const next = await reader.read();
				if (next.done) {
					release();
					controller.close();
				} else controller.enqueue(next.value);
			} catch (error) {
				release();
				controller.error(error);
			}
		},
		async cancel(reason) {
			release();
			await reader.cancel(reason);
		}
	});
	return new Response(body, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers
	});
}

export const searchLimits: Handle = async ({ event, resolve }) => {
	if (CHECKED_PAGES.has(event.route.id ?? '') && rateLimit && event.url.searchParams.has('q')) {
		const decision = rateLimit.peek(clientOf(event));
		if (!decision.ok) return tooMany(event, 'html', overRate(decision.error.retryAfterSeconds));
	}
	const face = faceOf(event);
	if (!face) return resolve(event);

	if (rateLimit) {
		const decision = rateLimit.take(clientOf(event));
		if (!decision.ok) return tooMany(event, face, overRate(decision.error.retryAfterSeconds));
	}
	const release = slots.tryAcquire();
	if (!release) {
		// By then every running search has met its deadline.
		const retryAfterSeconds = Math.ceil(config.searchTimeoutMs / 1000);
		return tooMany(event, face, { kind: 'busy', searches: slots.max, retryAfterSeconds });
	}
	try {
		// A Stremio answer's searches go on behind it: the slot is theirs until they end too.
		const { answer, backgroundEnded } = await withBackgroundWork(() => resolve(event));
		return releaseWhenSent(answer, () => void backgroundEnded.then(release));
	} catch (error) {
		release();
		throw error;
	}
};

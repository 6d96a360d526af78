// The fake web the state tests search: DuckDuckGo answers with its bot check (a suspension follows),
// apibay with one result, so what the server remembers (and what it asks again) shows in the request log.
import { apibayRow } from '../api-faces/apibay-rows.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { DUCKDUCKGO_ANOMALY } from '../fake-web/serp.ts';

export const NAME = 'State Test 2026 1080p WEB-DL';

export async function startStateWeb(): Promise<FakeWeb> {
	return startFakeWeb({
		'/ddg/html': { status: 202, body: DUCKDUCKGO_ANOMALY },
		'/apibay/q.php': {
			// A search finds the one release; a listing of latest uploads (`q=category:…`) finds none, so
			// what a query-less Torznab request shows can only come from the recent feed.
			body: (url) =>
				JSON.stringify(
					url.searchParams.get('q')?.startsWith('category:') ? [] : [apibayRow(NAME, { seeders: 42 })]
				),
			headers: { 'content-type': 'application/json' }
		}
	});
}

export function stateEnv(web: FakeWeb, extra: Record<string, string> = {}): Record<string, string> {
	return {
		ENGINES: 'duckduckgo,apibay',
		DUCKDUCKGO_URL: `${web.url}/ddg`,
		APIBAY_URL: `${web.url}/apibay`,
		CACHE_TTL_SECONDS: '900',
		...extra
	};
}

/** Requests the fake web received for one engine since `from` (an index into its log). */
export function askedSince(web: FakeWeb, from: number, prefix: '/ddg' | '/apibay'): string[] {
	return web.requests.slice(from).filter((path) => path.startsWith(prefix));
}

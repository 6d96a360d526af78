// The web the end-to-end tests see: which engines answer what, how fast, and which sites hang.
import type { Route } from '../fake-web/fake-web.ts';

/** How long the slow web engine takes: the first magnets must be on screen well before it answers. */
export const SLOW_ENGINE_MS = 2500;

/**
 * Queries the slow engine answers only when a test asks `RELEASE_SLOW_ENGINE?q=<query>` on the fake web:
 * the test can then see what the page shows before that answer, however slow the machine. Each test that
 * may run beside another holds its own query, so one test's release never lets another's answer go.
 */
export const HELD_QUERY = 'silo s03e06';
export const HELD_BASIC_QUERY = 'silo s03e06 web';
export const RELEASE_SLOW_ENGINE = '/control/release-slow-engine';
const HELD_QUERIES = new Set([HELD_QUERY, HELD_BASIC_QUERY]);
const heldAnswers = new Map<string, (() => void)[]>();

function holdSlowEngine(url: URL): Promise<void> | undefined {
	const query = url.searchParams.get('q') ?? '';
	if (!HELD_QUERIES.has(query)) return undefined;
	return new Promise((resolve) => heldAnswers.set(query, [...(heldAnswers.get(query) ?? []), resolve]));
}

/** Lets a query's held answers go, waiting for one to arrive if none has yet (the engine is asked a bit later). */
async function releaseSlowEngine(url: URL): Promise<void> {
	const query = url.searchParams.get('q') ?? HELD_QUERY;
	while ((heldAnswers.get(query) ?? []).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
	for (const release of heldAnswers.get(query)?.splice(0) ?? []) release();
}

/** Torrent-site pages the slow engine links to, each served from a real capture. */
export const SITE_PAGES: Record<string, string> = {
	'/sites/1337x/silo-s03e06': 'sites/x1337-detail.html',
	'/sites/eztv/silo-s03e08': 'sites/eztv-detail.html',
	'/sites/limetorrents/silo-s03e06': 'sites/limetorrents-detail.html',
	'/sites/torrentdownloads/sugar-s02e08': 'sites/torrentdownloads-detail.html'
};

export function fakeWebEnv(webUrl: string): Record<string, string> {
	return {
		EGRESS_ALLOWLIST: '127.0.0.1',
		CACHE_TTL_SECONDS: '0',
		// No test here waits for the deadline: a generous one keeps a busy machine from turning a slow or
		// held engine into a timeout.
		SEARCH_TIMEOUT_MS: '30000',
		// A fast index and a slow web engine by default; Mojeek answers 403 (a block) when asked.
		ENGINES: 'duckduckgo,apibay',
		APIBAY_URL: `${webUrl}/apibay`,
		DUCKDUCKGO_URL: `${webUrl}/duckduckgo`,
		MOJEEK_URL: `${webUrl}/mojeek`
	};
}

/** A query whose result pages hold no magnet: a listing that fills its magnets by script, and a dead link. */
export const QUERY_WITHOUT_MAGNETS = 'nothing to harvest';
const PAGES_WITHOUT_MAGNETS = ['/sites/torrentgalaxy/listing', '/sites/gone'];

/**
 * DuckDuckGo's HTML results, reduced to what its parser reads (`a.result__a`), pointing at the fake web's
 * torrent-site pages. Synthetic because a real capture links to the real sites.
 */
function duckduckgoResults(url: URL): string {
	const origin = url.origin;
	const paths =
		url.searchParams.get('q') === QUERY_WITHOUT_MAGNETS ? PAGES_WITHOUT_MAGNETS : Object.keys(SITE_PAGES);
	const items = paths
		.map(
			(path) =>
				`<div class="result results_links"><h2 class="result__title"><a class="result__a" href="${origin}${path}">${path}</a></h2></div>`
		)
		.join('\n');
	return `<!doctype html><html><body><div id="links" class="results">\n${items}\n</div></body></html>`;
}

export function scenarioRoutes(): Record<string, Route> {
	return {
		'/apibay/q.php': { fixture: 'apis/apibay-search.json' },
		'/duckduckgo/html/': { delayMs: SLOW_ENGINE_MS, hold: holdSlowEngine, body: duckduckgoResults },
		[RELEASE_SLOW_ENGINE]: { hold: releaseSlowEngine, body: 'released' },
		'/mojeek/search': { status: 403, body: 'Forbidden' },
		'/sites/torrentgalaxy/listing': { fixture: 'sites/torrentgalaxy.html' },
		...Object.fromEntries(Object.entries(SITE_PAGES).map(([path, fixture]) => [path, { fixture }]))
	};
}

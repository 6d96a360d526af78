// The web the end-to-end tests see: which engines answer what, how fast, and which sites hang.
import type { Route } from '../fake-web/fake-web.ts';

/** How long the slow web engine takes: the first magnets must be on screen well before it answers. */
export const SLOW_ENGINE_MS = 2500;

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
		// A fast index and a slow web engine by default; Mojeek answers 403 (a block) when asked.
		ENGINES: 'duckduckgo,apibay',
		APIBAY_URL: `${webUrl}/apibay`,
		DUCKDUCKGO_URL: `${webUrl}/duckduckgo`,
		MOJEEK_URL: `${webUrl}/mojeek`
	};
}

/**
 * DuckDuckGo's HTML results, reduced to what its parser reads (`a.result__a`), pointing at the fake web's
 * torrent-site pages. Synthetic because a real capture links to the real sites.
 */
function duckduckgoResults(origin: string): string {
	const items = Object.keys(SITE_PAGES)
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
		'/duckduckgo/html/': { delayMs: SLOW_ENGINE_MS, body: (url) => duckduckgoResults(url.origin) },
		'/mojeek/search': { status: 403, body: 'Forbidden' },
		...Object.fromEntries(Object.entries(SITE_PAGES).map(([path, fixture]) => [path, { fixture }]))
	};
}

// Stremio's answer within its budget, on the built server: the streams the index found go out while a
// result page is still on its way; the search finishes behind the answer, a shutdown waits for it, and
// the next process answers the same ask whole from the state store without searching again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { duckduckgoSerp } from '../fake-web/serp.ts';
import { apibayRow } from './apibay-rows.ts';

const FOUND_AT_ONCE = apibayRow('The.Shawshank.Redemption.1994.1080p.BluRay.x264', { seeders: 1200 });
const SLOW_HASH = 'b'.repeat(40);
const SLOW_PAGE = `<a href="magnet:?xt=urn:btih:${SLOW_HASH}&dn=The.Shawshank.Redemption.1994.2160p.UHD.BluRay.x265">2160p</a>`;
const ASK = '/api/stremio/stream/movie/tt0111161.json';

let web: FakeWeb;
let stateDir: string;
let releasePage: () => void;
const pageReleased = new Promise<void>((resolve) => (releasePage = resolve));

function appEnv(): Record<string, string> {
	return {
		CINEMETA_URL: `${web.url}/cinemeta`,
		APIBAY_URL: `${web.url}/apibay`,
		DUCKDUCKGO_URL: `${web.url}/ddg`,
		ENGINES: 'apibay,duckduckgo',
		EGRESS_ALLOWLIST: '127.0.0.1',
		CACHE_TTL_SECONDS: '600',
		// Far past the test: only the held page decides when the search ends.
		SITE_TIMEOUT_MS: '60000',
		SEARCH_TIMEOUT_MS: '120000',
		STREMIO_BUDGET_MS: '1500',
		STATE_DIR: stateDir
	};
}

async function streams(app: App): Promise<{ hashes: string[]; cacheMaxAge: number }> {
	const response = await fetch(app.url + ASK);
	expect(response.status).toBe(200);
	const body = (await response.json()) as { streams: { infoHash: string }[]; cacheMaxAge: number };
	return { hashes: body.streams.map((stream) => stream.infoHash), cacheMaxAge: body.cacheMaxAge };
}

const asked = (path: string) => web.requests.filter((request) => request.startsWith(path)).length;

describe('Stremio answers within its budget', () => {
	beforeAll(async () => {
		stateDir = mkdtempSync(join(tmpdir(), 'cf-torrent-stremio-budget-'));
		web = await startFakeWeb({
			'/cinemeta/meta/movie/tt0111161.json': {
				body: JSON.stringify({ meta: { id: 'tt0111161', name: 'The Shawshank Redemption', year: '1994' } })
			},
			'/cinemeta/meta/movie/tt0068646.json': {
				body: JSON.stringify({ meta: { id: 'tt0068646', name: 'The Godfather', year: '1972' } })
			},
			'/apibay/q.php': {
				body: (url) =>
					JSON.stringify(url.searchParams.get('q')?.startsWith('The Shawshank') ? [FOUND_AT_ONCE] : []),
				headers: { 'content-type': 'application/json' }
			},
			'/ddg/html': {
				body: (url) =>
					duckduckgoSerp(
						url.searchParams.get('q')?.startsWith('The Shawshank') ? [`${web.url}/slow/page`] : []
					)
			},
			'/slow/page': { body: SLOW_PAGE, hold: () => pageReleased }
		});
	});
	afterAll(async () => {
		releasePage();
		await web?.close();
		rmSync(stateDir, { recursive: true, force: true });
	});

	it('answers with what was found while a page is still coming, then stores the rest for the next ask', async () => {
		const first = await startApp(appEnv());
		try {
			// Another title first, so the process has loaded the search before the one that is measured.
			await fetch(`${first.url}/api/stremio/stream/movie/tt0068646.json`).then((response) => response.text());

			const partial = await streams(first);
			// The page had been asked for and was still held when the answer came: the index's stream is in it,
			// the page's is not, and Stremio is told not to keep this answer.
			expect(web.requests).toContain('/slow/page');
			expect(partial.hashes).toEqual([FOUND_AT_ONCE.info_hash.toLowerCase()]);
			expect(partial.cacheMaxAge).toBe(0);
		} finally {
			releasePage();
			// Stopped at once: the shutdown waits for the search behind the answer before it lets go.
			expect(await first.stop()).toBe(0);
		}
		expect(first.output()).not.toContain('Still running');
		const searches = asked('/apibay/q.php') + asked('/ddg/html');

		const next = await startApp(appEnv());
		try {
			const whole = await streams(next);
			expect(whole.hashes).toEqual([SLOW_HASH, FOUND_AT_ONCE.info_hash.toLowerCase()]);
			expect(whole.cacheMaxAge).toBe(600);
			// From the store: no engine was asked again.
			expect(asked('/apibay/q.php') + asked('/ddg/html')).toBe(searches);
		} finally {
			await next.stop();
		}
	});
});

// Torznab sources as engines, against real Torznab servers on loopback: a second cf-torrent process (its
// /torznab/api feed, behind a key), and a Jackett-like endpoint whose items name only /dl/ links (a
// .torrent, a redirect to a magnet). The first server merges their results with its own by infohash.
import fixtures from 'webtorrent-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { apibayRow } from './apibay-rows.ts';

const KEY = 'second-key-0123';
const JACKETT_KEY = 'jackettkey987';
const SHOW = 'Fakenet.Open.Show.S01E02.1080p.WEB-DL.x264';
const shared = apibayRow(SHOW, { seeders: 1200 });
const onlySecond = apibayRow('Fakenet.Open.Show.S01E03.720p.HDTV', { seeders: 33 });
const MAGNET_HASH = 'c1f9f6bade11a4c46028b118053452460ab94be1';
const leaves = fixtures.leaves!;

// A Jackett answer as it shapes a private tracker's items: no infohash, only its own /dl/ link.
function jackettFeed(url: URL): string {
	const dl = (n: number) =>
		`${url.origin}/jackett/dl/${n}/?jackett_apikey=${JACKETT_KEY}&amp;path=abc&amp;file=x`;
	const item = (title: string, n: number, seeders: number) =>
		`<item><title>${title}</title><guid>${dl(n)}</guid><link>${dl(n)}</link>` +
		`<comments>https://tracker.example/details.php?id=${n}</comments><size>1000</size>` +
		`<enclosure url="${dl(n)}" length="1000" type="application/x-bittorrent"/>` +
		`<torznab:attr name="seeders" value="${seeders}"/><torznab:attr name="peers" value="${seeders + 2}"/></item>`;
	return (
		'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel>' +
		item('Leaves of Grass', 1, 21) +
		item('Redirected.To.A.Magnet', 2, 5) +
		'</channel></rss>'
	);
}

// Caps as Jackett writes them for an indexer with IMDb search (its TorznabCapabilities): films by id.
const JACKETT_CAPS =
	'<?xml version="1.0" encoding="UTF-8"?><caps><server title="Jackett"/><searching>' +
	'<search available="yes" supportedParams="q"/><tv-search available="yes" supportedParams="q,season,ep"/>' +
	'<movie-search available="yes" supportedParams="q,imdbid"/></searching></caps>';
const FILM_HASH = '63e07ff523710ca268567dad344ce1e0e6b7e8a3';

function filmFeed(url: URL): string {
	if (url.searchParams.get('imdbid') !== 'tt0111161') return '<rss><channel></channel></rss>';
	return (
		'<rss version="2.0" xmlns:torznab="http://torznab.com/schemas/2015/feed"><channel><item>' +
		'<title>The.Shawshank.Redemption.1994.1080p.BluRay.x264-GRP</title><size>2500000000</size>' +
		`<torznab:attr name="infohash" value="${FILM_HASH}"/><torznab:attr name="seeders" value="321"/>` +
		'<torznab:attr name="imdbid" value="tt0111161"/></item></channel></rss>'
	);
}

let web: FakeWeb;
let second: App;
let first: App;

async function ndjson(app: App, query: string) {
	const response = await fetch(`${app.url}/api/search/stream?${query}`);
	const text = await response.text();
	return {
		text,
		events: text
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line))
	};
}

describe('Torznab sources', () => {
	beforeAll(async () => {
		const json = { 'content-type': 'application/json' };
		web = await startFakeWeb({
			'/second-apibay/q.php': { body: () => JSON.stringify([shared, onlySecond]), headers: json },
			// The first server's own index knows the shared torrent without its seeders.
			'/first-apibay/q.php': {
				body: () => JSON.stringify([{ ...shared, seeders: '0', leechers: '0' }]),
				headers: json
			},
			'/jackett/api': {
				body: (url) =>
					url.searchParams.get('apikey') !== JACKETT_KEY
						? '<?xml version="1.0"?><error code="100" description="Invalid API Key"/>'
						: url.searchParams.get('t') === 'caps'
							? JACKETT_CAPS
							: url.searchParams.get('t') === 'movie'
								? filmFeed(url)
								: jackettFeed(url),
				headers: { 'content-type': 'application/rss+xml' }
			},
			'/cinemeta/meta/movie/tt0111161.json': {
				body: JSON.stringify({ meta: { name: 'The Shawshank Redemption', year: '1994' } }),
				headers: json
			},
			'/jackett/dl/1': {
				body: Buffer.from(leaves.torrent),
				headers: { 'content-type': 'application/x-bittorrent' }
			},
			'/jackett/dl/2': { redirect: `magnet:?xt=urn:btih:${MAGNET_HASH}&dn=Redirected` }
		});
		second = await startApp({
			APIBAY_URL: `${web.url}/second-apibay`,
			ENGINES: 'apibay',
			TORZNAB_APIKEY: KEY,
			CACHE_TTL_SECONDS: '0'
		});
		const down = await freePort();
		first = await startApp({
			APIBAY_URL: `${web.url}/first-apibay`,
			TORZNAB_SOURCES: [
				`second=${second.url}/torznab/api?apikey=${KEY}`,
				`jackett=${web.url}/jackett/api?apikey=${JACKETT_KEY}`,
				`wrongkey=${web.url}/jackett/api?apikey=nope`,
				`down=http://127.0.0.1:${down}/api?apikey=${KEY}`,
				'unused=http://127.0.0.1:9/api?apikey=unusedkey'
			].join(','),
			ENGINES: 'apibay,torznab-second,torznab-jackett',
			CINEMETA_URL: `${web.url}/cinemeta`,
			IMDB_URL: `${web.url}/imdb`,
			// Only the .torrent links of remote content need it; the sources themselves are trusted.
			EGRESS_ALLOWLIST: '127.0.0.1',
			CACHE_TTL_SECONDS: '0'
		});
	});
	afterAll(async () => {
		await first?.stop();
		await second?.stop();
		await web?.close();
	});

	it("returns the second server's results merged by infohash, with its seeders", async () => {
		const response = await fetch(`${first.url}/api/search?q=fakenet+open+show&engines=apibay,torznab-second`);
		expect(response.status).toBe(200);
		const summary = await response.json();
		expect(summary.engines.map((e: { id: string; status: string }) => [e.id, e.status]).sort()).toEqual([
			['apibay', 'ok'],
			['torznab-second', 'ok']
		]);
		const byHash = new Map(summary.results.map((r: { infohash: string }) => [r.infohash, r]));
		const merged = byHash.get(shared.info_hash.toLowerCase()) as {
			seeders: number;
			sources: { engine: string }[];
		};
		expect(merged.seeders).toBe(1200);
		expect(merged.sources.map((source) => source.engine).sort()).toEqual(['apibay', 'torznab-second']);
		expect(byHash.get(onlySecond.info_hash.toLowerCase())).toMatchObject({ seeders: 33 });
	});

	it('fetches a .torrent the source names by its /dl/ link, and takes a redirect to a magnet as the magnet', async () => {
		const { text, events } = await ndjson(first, 'q=leaves&engines=torznab-jackett');
		const results = new Map(
			events
				.filter((e) => e.type === 'result')
				.map((e) => [e.infohash, e] as [string, Record<string, unknown>])
		);
		expect(results.get(leaves.parsedTorrent!.infoHash)).toMatchObject({
			name: 'Leaves of Grass',
			seeders: 21,
			leechers: 2
		});
		expect(results.get(MAGNET_HASH)).toMatchObject({ seeders: 5 });
		// The magnet was taken from the redirect, never asked for.
		expect(web.requests.filter((path) => path.startsWith('/jackett/dl/2'))).toHaveLength(1);
		expect(events.at(-1).type).toBe('done');
		expect(text).not.toContain(JACKETT_KEY);
		expect(text).not.toContain('/jackett/dl/');
	});

	it('reports a refused key and a source that is down as those engines, the search going on', async () => {
		const { text, events } = await ndjson(first, 'q=fakenet&engines=apibay,torznab-wrongkey,torznab-down');
		const engines = Object.fromEntries(events.filter((e) => e.type === 'engine').map((e) => [e.id, e]));
		expect(engines['torznab-wrongkey']).toMatchObject({
			status: 'error',
			error: 'Invalid API Key (Torznab error 100)'
		});
		expect(engines['torznab-down']).toMatchObject({ status: 'error', error: 'connection refused' });
		expect(engines.apibay).toMatchObject({ status: 'ok' });
		expect(events.some((e) => e.type === 'result')).toBe(true);
		expect(text).not.toContain(KEY);
	});

	it('lists every source as an index, off unless ENGINES names it, without its URL or key', async () => {
		const response = await fetch(`${first.url}/api/engines`);
		const text = await response.text();
		const listed = JSON.parse(text) as { id: string; kind: string; enabled: boolean; url: string }[];
		const torznab = listed.filter((engine) => engine.id.startsWith('torznab-'));
		expect(torznab.map(({ id, kind, enabled, url }) => [id, kind, enabled, url])).toEqual([
			['torznab-second', 'index', true, ''],
			['torznab-jackett', 'index', true, ''],
			['torznab-wrongkey', 'index', false, ''],
			['torznab-down', 'index', false, ''],
			['torznab-unused', 'index', false, '']
		]);
		for (const secret of [KEY, JACKETT_KEY, 'unusedkey', '/jackett/api']) expect(text).not.toContain(secret);
		const page = await (await fetch(`${first.url}/`)).text();
		expect(page).toContain('torznab-unused');
		for (const secret of [KEY, JACKETT_KEY, 'unusedkey']) expect(page).not.toContain(secret);
		expect(first.output()).not.toMatch(new RegExp(`${KEY}|${JACKETT_KEY}|unusedkey`));
	});

	it('asks a source whose caps take an IMDb id by the id for Stremio, reading its caps once', async () => {
		for (let round = 0; round < 2; round++) {
			const response = await fetch(`${first.url}/api/stremio/stream/movie/tt0111161.json`);
			const { streams } = (await response.json()) as { streams: { infoHash: string }[] };
			expect(streams.map((stream) => stream.infoHash)).toContain(FILM_HASH);
		}
		const asked = web.requests.filter((path) => path.startsWith('/jackett/api'));
		expect(asked.filter((path) => path.includes('t=caps'))).toHaveLength(1);
		expect(asked.filter((path) => path.includes('t=movie&imdbid=tt0111161'))).toHaveLength(2);
	});

	it('refuses a source that is not configured, naming it', async () => {
		const response = await fetch(`${first.url}/api/search?q=x&engines=torznab-nothere`);
		expect(response.status).toBe(400);
		expect((await response.json()).error).toBe('engine torznab-nothere is not configured on this server');
	});
});

describe('TORZNAB_SOURCES at start', () => {
	it('refuses a bad entry or an ENGINES name no source defines, naming it and never the key', async () => {
		const bad = startApp({ TORZNAB_SOURCES: 'jackett=ftp://127.0.0.1:9117/api?apikey=hunter2' });
		await expect(bad).rejects.toThrow(/TORZNAB_SOURCES: jackett needs an http\(s\) URL/);
		await expect(bad).rejects.not.toThrow(/hunter2/);
		const unnamed = startApp({
			TORZNAB_SOURCES: 'jackett=http://127.0.0.1:9117/api?apikey=hunter2',
			ENGINES: 'apibay,torznab-prowlarr'
		});
		await expect(unnamed).rejects.toThrow(
			/ENGINES names torznab-prowlarr, which TORZNAB_SOURCES does not define/
		);
		await expect(unnamed).rejects.not.toThrow(/hunter2/);
	});
});

// The Stremio add-on as Stremio uses it: the built server, with Cinemeta, IMDb and apibay played by the
// fake web (a real apibay answer for the episode, synthetic rows beside it for the rest).
import linter from 'stremio-addon-linter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { hasFixtures, readFixture, startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { apibayRow } from './apibay-rows.ts';

let web: FakeWeb;
let app: App;

const SEASON_PACK = apibayRow('Silo S03 COMPLETE 1080p WEB H264-CAKES', { seeders: 900, size: 40e9 });
const OTHER_EPISODE = apibayRow('Silo S03E05 1080p WEB H264-CAKES', { seeders: 3000 });
const SHAWSHANK = [
	apibayRow('The.Shawshank.Redemption.1994.720p.BluRay.x264', { seeders: 300 }),
	apibayRow('The Shawshank Redemption 1994 2160p UHD BluRay x265', { seeders: 40 }),
	apibayRow('The.Shawshank.Redemption.1994.1080p.BluRay.x264', { seeders: 1200 })
];

/** apibay's answer by query, as its q.php would give it. */
function apibay(url: URL): string {
	const q = url.searchParams.get('q');
	if (q === 'Silo S03E06') return readFixture('apis/apibay-search.json').toString();
	if (q === 'Silo S03') return JSON.stringify([SEASON_PACK, OTHER_EPISODE]);
	if (q === 'The Shawshank Redemption 1994') return JSON.stringify(SHAWSHANK);
	if (q === 'The Godfather 1972') return JSON.stringify([apibayRow('The.Godfather.1972.1080p.BluRay')]);
	return JSON.stringify([apibayRow('No results returned', { infohash: '0'.repeat(40) })]);
}

async function get(path: string, init?: RequestInit) {
	const response = await fetch(app.url + path, init);
	const text = await response.text();
	return { response, text, body: text ? JSON.parse(text) : null };
}

describe.skipIf(!hasFixtures)('Stremio add-on on the fake web', () => {
	beforeAll(async () => {
		web = await startFakeWeb({
			'/cinemeta/meta/movie/tt0111161.json': {
				body: JSON.stringify({ meta: { id: 'tt0111161', name: 'The Shawshank Redemption', year: '1994' } })
			},
			'/cinemeta/meta/series/tt14688458.json': {
				body: JSON.stringify({ meta: { id: 'tt14688458', name: 'Silo', releaseInfo: '2023–' } })
			},
			'/cinemeta/meta/movie/tt0068646.json': { status: 502, body: 'bad gateway' },
			'/cinemeta/meta/movie/tt0000001.json': { body: '{"meta":null}' },
			'/cinemeta/meta/movie/tt0211915.json': {
				body: JSON.stringify({ meta: { name: 'Amélie & the "Fabulous" <Destiny>', year: 2001 } })
			},
			'/imdb/title/tt0068646/': {
				body: '<html><head><title>The Godfather (1972) - IMDb</title></head></html>'
			},
			'/apibay/q.php': { body: apibay, headers: { 'content-type': 'application/json' } }
		});
		app = await startApp({
			CINEMETA_URL: `${web.url}/cinemeta`,
			IMDB_URL: `${web.url}/imdb`,
			APIBAY_URL: `${web.url}/apibay`,
			ENGINES: 'apibay',
			EGRESS_ALLOWLIST: '127.0.0.1',
			CACHE_TTL_SECONDS: '600'
		});
	});
	afterAll(async () => {
		await app?.stop();
		await web?.close();
	});

	it('serves a manifest the protocol linter accepts, with CORS', async () => {
		const { response, body } = await get('/api/stremio/manifest.json');
		expect(response.status).toBe(200);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const lint = linter.lintManifest(body);
		expect(lint.errors).toEqual([]);
		expect(lint.valid).toBe(true);
		expect(body).toMatchObject({
			id: 'com.stremio.cftorrent.addon',
			version: '2.0.0',
			resources: ['stream'],
			types: ['movie', 'series'],
			idPrefixes: ['tt'],
			catalogs: []
		});
		// adapter-node takes the scheme from PROTOCOL_HEADER behind a proxy and assumes https otherwise
		expect(body.logo).toBe(`${app.url}/favicon.svg`);
	});

	it('answers a film by its Cinemeta name and year, best quality first', async () => {
		const { response, body } = await get('/api/stremio/stream/movie/tt0111161.json');
		expect(response.status).toBe(200);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(response.headers.get('cache-control')).toBe('max-age=600, public');
		expect(body.cacheMaxAge).toBe(600);
		expect(body.streams.map((s: { name: string }) => s.name)).toEqual([
			'cf-torrent\n2160p',
			'cf-torrent\n1080p',
			'cf-torrent\n720p'
		]);
		expect(body.streams[1]).toMatchObject({
			infoHash: SHAWSHANK[2]!.info_hash.toLowerCase(),
			behaviorHints: { bingeGroup: 'cf-torrent-1080p-BluRay' }
		});
		expect(body.streams[1].description).toContain('1200 seeders');
		expect(body.streams[1].sources).toContain(`dht:${SHAWSHANK[2]!.info_hash.toLowerCase()}`);
		expect(web.requests).toContain('/cinemeta/meta/movie/tt0111161.json');
		expect(web.requests).toContain('/apibay/q.php?q=The+Shawshank+Redemption+1994&cat=');
	});

	it('answers an episode with its streams and its season pack, never another episode', async () => {
		const { response, body } = await get('/api/stremio/stream/series/tt14688458:3:6.json');
		expect(response.status).toBe(200);
		expect(web.requests).toContain('/cinemeta/meta/series/tt14688458.json');
		expect(web.requests).toContain('/apibay/q.php?q=Silo+S03E06&cat=');
		expect(web.requests).toContain('/apibay/q.php?q=Silo+S03&cat=');
		const names: string[] = body.streams.map((s: { description: string }) => s.description.split('\n')[0]);
		expect(names).toHaveLength(13);
		expect(names).not.toContain(OTHER_EPISODE.name);
		expect(names.slice(0, 2)).toEqual([
			'Silo S03E06 The Drive 2160P ATVP WEB-DL DDP5.1 Atmos DV HDR. H.265',
			'Silo.S03E06.The.Drive.2160p.ATVP.WEB-DL.DDP5.1.ENG.ITA.Atmos.H265-TheBlackKing'
		]);
		const pack = body.streams.find((s: { description: string }) =>
			s.description.startsWith(SEASON_PACK.name)
		);
		expect(pack.description).toContain('season 3 pack, episode file unknown');
		expect(pack.fileIdx).toBeUndefined();
		// the pack ranks after the 1080p episodes (its file is unknown), before the 720p ones
		const qualities = body.streams.map((s: { name: string }) => s.name.split('\n')[1]);
		expect(qualities.indexOf('720p')).toBe(names.indexOf(SEASON_PACK.name) + 1);
	});

	it('reads ids whose colons the client percent-encoded, and names each title once', async () => {
		const { body } = await get('/api/stremio/stream/series/tt14688458%3A3%3A6.json');
		expect(body.streams).toHaveLength(13);
		const asked = web.requests.filter((path) => path === '/cinemeta/meta/series/tt14688458.json');
		expect(asked).toHaveLength(1);
	});

	it('sends the title to the engines encoded once, whatever characters it has', async () => {
		const { body } = await get('/api/stremio/stream/movie/tt0211915.json');
		expect(body.streams).toEqual([]);
		expect(web.requests).toContain('/apibay/q.php?q=Am%C3%A9lie+%26+the+Fabulous+Destiny+2001&cat=');
	});

	it('names a title from its IMDb page when Cinemeta fails', async () => {
		const { body } = await get('/api/stremio/stream/movie/tt0068646.json');
		expect(web.requests).toContain('/imdb/title/tt0068646/');
		expect(body.streams).toHaveLength(1);
		expect(body.streams[0].description).toMatch(/^The\.Godfather\.1972\.1080p\.BluRay/);
	});

	it('answers no streams for a title nobody knows, without searching', async () => {
		const before = web.requests.filter((path) => path.startsWith('/apibay')).length;
		const { response, body } = await get('/api/stremio/stream/movie/tt0000001.json');
		expect(response.status).toBe(200);
		expect(body.streams).toEqual([]);
		expect(body.cacheMaxAge).toBe(60);
		expect(web.requests.filter((path) => path.startsWith('/apibay')).length).toBe(before);
		// both services were asked, once: an unknown id is not asked again at every request
		await get('/api/stremio/stream/movie/tt0000001.json');
		expect(web.requests.filter((path) => path.includes('tt0000001'))).toEqual([
			'/cinemeta/meta/movie/tt0000001.json',
			'/imdb/title/tt0000001/'
		]);
	});

	it.each([
		'/api/stremio/stream/movie/tt0111161:1:2.json',
		'/api/stremio/stream/series/tt0944947.json',
		'/api/stremio/stream/series/tt0944947:x:2.json',
		'/api/stremio/stream/channel/tt0111161.json',
		'/api/stremio/stream/movie/%3Cscript%3E.json'
	])('refuses %s with a 400 JSON error and CORS', async (path) => {
		const { response, body } = await get(path);
		expect(response.status).toBe(400);
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(body).toEqual({ error: expect.any(String) });
	});

	it('answers preflights and unknown add-on paths with CORS', async () => {
		const preflight = await fetch(app.url + '/api/stremio/stream/movie/tt0111161.json', {
			method: 'OPTIONS',
			headers: { origin: 'https://web.stremio.com', 'access-control-request-method': 'GET' }
		});
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
		expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
		const missing = await get('/api/stremio/stream/movie/tt0111161');
		expect(missing.response.status).toBe(404);
		expect(missing.response.headers.get('access-control-allow-origin')).toBe('*');
		expect(missing.body.error).toMatch(/no add-on resource/);
	});
});

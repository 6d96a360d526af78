// The Torznab indexer as Sonarr, Radarr and Prowlarr use it: the built server behind an API key, apibay
// and Cinemeta played by the fake web, every answer read with a real XML parser.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { hasFixtures, readFixture, startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { apibayRow } from './apibay-rows.ts';

const KEY = 'test-key-0123';
let web: FakeWeb;
let app: App;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	isArray: (name) => ['item', 'torznab:attr', 'category'].includes(name)
});

interface Item {
	title: string;
	guid: { '#text': string };
	link: string;
	pubDate: string;
	size?: string;
	enclosure: { '@url': string; '@length': string; '@type': string };
	category: string[];
	'torznab:attr': { '@name': string; '@value': string }[];
}

async function torznab(query: string, key: string | null = KEY) {
	const response = await fetch(`${app.url}/torznab/api?${query}${key === null ? '' : `&apikey=${key}`}`);
	const text = await response.text();
	expect(XMLValidator.validate(text)).toBe(true);
	return { response, text, doc: parser.parse(text) };
}

function attr(item: Item, name: string): string | undefined {
	return item['torznab:attr'].find((a) => a['@name'] === name)?.['@value'];
}

const SHAWSHANK = [
	apibayRow('The.Shawshank.Redemption.1994.1080p.BluRay.x264', { seeders: 1200, size: 2_500_000_000 }),
	apibayRow('The.Shawshank.Redemption.1994.DVDRip.XviD', { seeders: 30 })
];

// What an index answers for a season: packs of it (one season, several, the whole series), its episodes, and
// the neighbours a text search also finds.
const SILO_SEASON_3 = [
	apibayRow('Silo.S03.1080p.ATVP.WEB-DL.DDP5.1.H.264-NTb', { seeders: 400 }),
	apibayRow('Silo Season 3 Complete 2160p WEB-DL DV HDR x265', { seeders: 150 }),
	apibayRow('Silo.S01-S03.720p.ATVP.WEB-DL.x264-GRP', { seeders: 90 }),
	apibayRow('Silo.S03E05.1080p.WEB.H264-CAKES', { seeders: 300 }),
	apibayRow('Silo.S02.1080p.ATVP.WEB-DL.DDP5.1.H.264-NTb', { seeders: 500 }),
	apibayRow('Silo.S02E05.1080p.WEB.H264-CAKES', { seeders: 200 })
];

function apibay(url: URL): string {
	const q = url.searchParams.get('q');
	if (q === 'Silo S03') return JSON.stringify(SILO_SEASON_3);
	if (q === 'Silo S03E06') return readFixture('apis/apibay-search.json').toString();
	if (q === 'The Shawshank Redemption 1994') return JSON.stringify(SHAWSHANK);
	if (q === 'ubuntu') return JSON.stringify([apibayRow('ubuntu-24.04.3-desktop-amd64.iso', { seeders: 77 })]);
	if (q === 'slow') return readFixture('apis/apibay-search-2.json').toString();
	return JSON.stringify([apibayRow('No results returned', { infohash: '0'.repeat(40) })]);
}

describe.skipIf(!hasFixtures)('Torznab on the fake web', () => {
	beforeAll(async () => {
		web = await startFakeWeb({
			'/cinemeta/meta/movie/tt0111161.json': {
				body: JSON.stringify({ meta: { name: 'The Shawshank Redemption', year: '1994' } })
			},
			'/cinemeta/meta/series/tt14688458.json': {
				body: JSON.stringify({ meta: { name: 'Silo', year: '2023–' } })
			},
			'/apibay/q.php': { body: apibay, headers: { 'content-type': 'application/json' } }
		});
		app = await startApp({
			CINEMETA_URL: `${web.url}/cinemeta`,
			IMDB_URL: `${web.url}/imdb`,
			APIBAY_URL: `${web.url}/apibay`,
			ENGINES: 'apibay',
			EGRESS_ALLOWLIST: '127.0.0.1',
			TORZNAB_APIKEY: KEY,
			CACHE_TTL_SECONDS: '0'
		});
	});
	afterAll(async () => {
		await app?.stop();
		await web?.close();
	});

	it('serves the golden capabilities without a key', async () => {
		const { response, text } = await torznab('t=caps', null);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
		const golden = readFileSync(
			new URL('../../src/lib/server/formats/torznab-caps.golden.xml', import.meta.url),
			'utf8'
		);
		// No TLS proxy in front (PROTOCOL_HEADER unset): the server is reached over plain http.
		expect(text).toBe(golden.replace('https://torrent.example/', `${app.url}/`));
	});

	it('answers a text search with every element Sonarr and Prowlarr read', async () => {
		const { response, doc } = await torznab('t=search&q=ubuntu&extended=1');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
		expect(doc.rss['@xmlns:torznab']).toBe('http://torznab.com/schemas/2015/feed');
		const items: Item[] = doc.rss.channel.item;
		expect(items).toHaveLength(1);
		const [item] = items as [Item];
		const infohash = apibayRow('ubuntu-24.04.3-desktop-amd64.iso').info_hash.toLowerCase();
		expect(item.title).toBe('ubuntu-24.04.3-desktop-amd64.iso');
		expect(item.guid['#text']).toBe(infohash);
		expect(item.link).toMatch(new RegExp(`^magnet:\\?xt=urn:btih:${infohash}`));
		expect(item.enclosure).toEqual({
			'@url': item.link,
			'@length': '2000000000',
			'@type': 'application/x-bittorrent'
		});
		expect(item.size).toBe('2000000000');
		expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
		expect(item.category).toEqual(['8000']);
		expect(attr(item, 'infohash')).toBe(infohash);
		expect(attr(item, 'magneturl')).toBe(item.link);
		expect(attr(item, 'seeders')).toBe('77');
		expect(attr(item, 'peers')).toBe('80');
		expect(attr(item, 'size')).toBe('2000000000');
		expect(attr(item, 'category')).toBe('8000');
	});

	it("answers Sonarr's episode search on a real apibay answer, in the HD category asked", async () => {
		const { doc } = await torznab('t=tvsearch&cat=5040&q=Silo&season=3&ep=6&limit=3&offset=1');
		expect(web.requests).toContain('/apibay/q.php?q=Silo+S03E06&cat=');
		const items: Item[] = doc.rss.channel.item;
		expect(items).toHaveLength(3);
		for (const item of items) {
			expect(item.title).toMatch(/S03E06/);
			expect(item.category).toEqual(['5000', '5040']);
		}
		const all = (await torznab('t=tvsearch&q=Silo&season=3&ep=6')).doc.rss.channel.item as Item[];
		const hd = all.filter((item) => item.category.includes('5040'));
		expect(hd.length).toBeGreaterThan(4);
		expect(items.map((item) => item.guid['#text'])).toEqual(hd.slice(1, 4).map((item) => item.guid['#text']));
		expect(all.map((item) => item.category[1])).toContain('5045');
	});

	it("answers Sonarr's season search with that season's packs and episodes, each in its TV category", async () => {
		// Sonarr's season search is `t=tvsearch&season=N` without `ep` (NewznabRequestGenerator.cs, season
		// search criteria); SeasonMatchSpecification.cs:36-40 then rejects only releases of another season
		const { doc } = await torznab('t=tvsearch&q=Silo&season=3');
		expect(web.requests).toContain('/apibay/q.php?q=Silo+S03&cat=');
		const items: Item[] = doc.rss.channel.item;
		expect(items.map((item) => [item.title, item.category]).sort()).toEqual(
			[
				['Silo.S03.1080p.ATVP.WEB-DL.DDP5.1.H.264-NTb', ['5000', '5040']],
				['Silo Season 3 Complete 2160p WEB-DL DV HDR x265', ['5000', '5045']],
				['Silo.S01-S03.720p.ATVP.WEB-DL.x264-GRP', ['5000', '5040']],
				['Silo.S03E05.1080p.WEB.H264-CAKES', ['5000', '5040']]
			].sort()
		);
		// the UHD pack only, when Sonarr asks for UHD
		const uhd = (await torznab('t=tvsearch&q=Silo&season=3&cat=5045')).doc.rss.channel.item as Item[];
		expect(uhd.map((item) => item.title)).toEqual(['Silo Season 3 Complete 2160p WEB-DL DV HDR x265']);
	});

	it("names Radarr's IMDb id through Cinemeta and files films under Movies", async () => {
		const { doc } = await torznab('t=movie&imdbid=0111161&cat=2000');
		expect(web.requests).toContain('/cinemeta/meta/movie/tt0111161.json');
		expect(web.requests).toContain('/apibay/q.php?q=The+Shawshank+Redemption+1994&cat=');
		const items: Item[] = doc.rss.channel.item;
		expect(items.map((item) => [item.title, item.category])).toEqual([
			['The.Shawshank.Redemption.1994.1080p.BluRay.x264', ['2000', '2040']],
			['The.Shawshank.Redemption.1994.DVDRip.XviD', ['2000', '2030']]
		]);
	});

	it('answers a bare request with what recent searches found when no index has a latest listing', async () => {
		const { response, doc } = await torznab('t=search');
		expect(response.status).toBe(200);
		// apibay's listing was asked, and this fake apibay has none (404): the feed is the recent searches
		expect(web.requests).toContain('/apibay/precompiled/data_top100_recent.json');
		const items: Item[] = doc.rss.channel.item;
		// newest first: the film search above, then the episodes
		expect(items[0]!.title).toBe('The.Shawshank.Redemption.1994.1080p.BluRay.x264');
		expect(items.some((item) => item.title.startsWith('Silo S03E06'))).toBe(true);
		const withId = (await torznab('t=search&imdbid=tt0111161')).doc.rss.channel.item as Item[];
		expect(withId.map((item) => item.title)).toEqual(items.map((item) => item.title));
		const tv = (await torznab('t=tvsearch&cat=5000,5040')).doc.rss.channel.item as Item[];
		expect(tv.every((item) => item.category[0] === '5000')).toBe(true);
	});

	it.each([
		['t=search&q=ubuntu', 'wrong-key', 100, 200],
		['t=search&q=ubuntu', null, 100, 200],
		['q=ubuntu', KEY, 200, 200],
		['t=search&q=ubuntu&limit=many', KEY, 201, 200],
		['t=tvsearch&q=Silo&season=three', KEY, 201, 200],
		['t=frobnicate', KEY, 202, 200],
		['t=music&q=x', KEY, 203, 200]
	])('answers %s (key %s) with Torznab error %i and HTTP %i', async (query, key, code, status) => {
		const { response, doc } = await torznab(query, key);
		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
		expect(doc.error['@code']).toBe(String(code));
		expect(doc.error['@description']).toEqual(expect.any(String));
	});
});

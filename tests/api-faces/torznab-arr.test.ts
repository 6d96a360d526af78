// The Torznab feed by the rules of the real clients: the exact requests Sonarr, Radarr and Prowlarr send
// to test an indexer (and, the same, for RSS sync), on a server just started and again after a restart,
// and every item read as their parsers read it. Each rule cites the client's source: Sonarr/Sonarr at
// 49df353, Radarr/Radarr at 1b9662d, Prowlarr/Prowlarr at 0ffcfcc.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { hasFixtures, startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { latestListingRoutes, UPLOADED } from './latest-listings.ts';

// A bound on waiting, not a timing assertion: cold servers and restarts on a busy 2-core machine take
// seconds, and no test here measures how long anything took.
const BOUND = { timeout: 60_000 };

const KEY = 'arr-key_0123.abc~';
let web: FakeWeb;
let app: App;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	isArray: (name) => ['item', 'torznab:attr', 'category', 'enclosure'].includes(name)
});

interface Item {
	title: string;
	guid: { '#text': string };
	pubDate: string;
	enclosure: { '@url': string; '@length': string; '@type': string }[];
	category: string[];
	'torznab:attr': { '@name': string; '@value': string }[];
}

/**
 * The test request of each client. Sonarr: `GetRecentRequests` asks `tvsearch` with its categories
 * (default 5030,5040), `extended=1`, the key, `offset` and `limit` (NewznabRequestGenerator.cs:204,
 * 611-626; NewznabSettings.cs:59); `TestConnection` fetches the first request and fails on an empty
 * answer (HttpIndexerBase.cs:376-387), and RSS sync sends the same requests (HttpIndexerBase.cs:51).
 * Radarr: `movie` with 2000,2010,…,2060 (NewznabRequestGenerator.cs:97, 186-201; NewznabSettings.cs:59),
 * same test (HttpIndexerBase.cs:352-363). Prowlarr: `search` with no term and no categories,
 * `extended=1` and the key (HttpIndexerBase.cs:750-768; Definitions/Newznab/NewznabRequestGenerator.cs:
 * 247-263).
 */
const ARR_TESTS = {
	sonarr: {
		query: `t=tvsearch&cat=5030,5040&extended=1&apikey=${KEY}&offset=0&limit=100`,
		categories: ['5030', '5040']
	},
	radarr: {
		query: `t=movie&cat=2000,2010,2020,2030,2040,2045,2050,2060&extended=1&apikey=${KEY}&offset=0&limit=100`,
		categories: ['2000', '2010', '2020', '2030', '2040', '2045', '2050', '2060']
	},
	prowlarr: { query: `t=search&extended=1&apikey=${KEY}`, categories: null }
} as const;

async function torznab(query: string) {
	const response = await fetch(`${app.url}/torznab/api?${query}`);
	const text = await response.text();
	expect(XMLValidator.validate(text)).toBe(true);
	return { response, doc: parser.parse(text) };
}

function attr(item: Item, name: string): string | undefined {
	return item['torznab:attr'].find((a) => a['@name'] === name)?.['@value'];
}

/** What the *arr parsers need of an item to make it a release; a failure here drops it or the feed. */
function expectReadableByTheArrs(item: Item) {
	// title: RssParser.cs:189 (`Unknown` otherwise); guid: RssParser.cs:184
	expect(item.title.length).toBeGreaterThan(0);
	expect(item.guid['#text']).toMatch(/^[0-9a-f]{40}$/);
	// a missing pubDate throws UnsupportedFeedException for the whole feed (RssParser.cs:196-200);
	// it is parsed as an RFC 822 date (XElementExtensions.ParseDate)
	expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
	expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
	// the download comes from the enclosure (TorznabRssParser.cs:19, UseEnclosureUrl), which must be
	// application/x-bittorrent or the parser warns it is not a torrent feed (TorznabRssParser.cs:61-73)
	expect(item.enclosure).toHaveLength(1);
	expect(item.enclosure[0]!['@type']).toBe('application/x-bittorrent');
	expect(item.enclosure[0]!['@url']).toMatch(/^magnet:\?xt=urn:btih:[0-9a-f]{40}/);
	// torznab:attr read by TorznabRssParser.cs: size (129-135, a long), infohash (195), magneturl
	// (200, must start with `magnet:`, TorrentRssParser.cs:100), seeders (205) and peers (217) as ints
	expect(attr(item, 'size')).toMatch(/^\d+$/);
	expect(attr(item, 'infohash')).toBe(item.guid['#text']);
	expect(attr(item, 'magneturl')).toBe(item.enclosure[0]!['@url']);
	expect(attr(item, 'seeders')).toMatch(/^\d+$/);
	expect(attr(item, 'peers')).toMatch(/^\d+$/);
	expect(Number(attr(item, 'peers'))).toBeGreaterThanOrEqual(Number(attr(item, 'seeders')));
}

function inAskedCategories(item: Item, asked: readonly string[] | null): boolean {
	return asked === null || item.category.some((id) => asked.includes(id));
}

async function expectEveryArrTestPasses() {
	const counts: Record<string, number> = {};
	for (const [client, { query, categories }] of Object.entries(ARR_TESTS)) {
		const { response, doc } = await torznab(query);
		expect(response.status, client).toBe(200);
		const items: Item[] = doc.rss.channel.item ?? [];
		expect(items.length, `${client}'s test request`).toBeGreaterThanOrEqual(1);
		for (const item of items) {
			expectReadableByTheArrs(item);
			expect(inAskedCategories(item, categories), `${client}: ${item.title} in ${item.category}`).toBe(true);
		}
		counts[client] = items.length;
	}
	return counts;
}

describe.skipIf(!hasFixtures)('Torznab by the rules of Sonarr, Radarr and Prowlarr', BOUND, () => {
	const env = () => ({
		APIBAY_URL: `${web.url}/apibay`,
		EZTV_URL: `${web.url}/eztv`,
		YTS_URL: `${web.url}/yts`,
		NYAA_URL: `${web.url}/nyaa`,
		ENGINES: 'apibay,eztv,yts,nyaa',
		EGRESS_ALLOWLIST: '127.0.0.1',
		TORZNAB_APIKEY: KEY
	});

	beforeAll(async () => {
		web = await startFakeWeb(latestListingRoutes());
		app = await startApp(env());
	}, BOUND.timeout);
	afterAll(async () => {
		await app?.stop();
		await web?.close();
	});

	it('gives each client’s test request releases in its categories on a server that never searched', async () => {
		const counts = await expectEveryArrTestPasses();
		// the indexes' own listings were asked: apibay per category and its recent list, EZTV, YTS, Nyaa
		expect(web.requests).toEqual(
			expect.arrayContaining([
				'/apibay/q.php?q=category%3A205',
				'/apibay/q.php?q=category%3A208',
				'/apibay/q.php?q=category%3A201',
				'/apibay/q.php?q=category%3A207',
				'/apibay/precompiled/data_top100_recent.json',
				'/eztv/api/get-torrents?limit=100&page=1',
				'/yts/api/v2/list_movies.json?sort_by=date_added&limit=50',
				'/nyaa/?page=rss&c=1_2&f=0'
			])
		);
		console.info(`releases for the test requests: ${JSON.stringify(counts)}`);
	});

	it('files TV listings under TV and film listings under Movies, never the other', async () => {
		const tv = (await torznab(ARR_TESTS.sonarr.query)).doc.rss.channel.item as Item[];
		const titles = tv.map((item) => item.title);
		expect(titles).toContain('Slow.Horses.S05E03.1080p.WEB.h264-ETHEL');
		// 5045 (UHD) was not asked
		expect(titles).not.toContain('Slow.Horses.S05E03.2160p.WEB.h265-ETHEL');
		expect(titles.some((title) => /Conclave|Brutalist/.test(title))).toBe(false);
		const films = (await torznab(ARR_TESTS.radarr.query)).doc.rss.channel.item as Item[];
		expect(films.map((item) => item.title)).toEqual(
			expect.arrayContaining(['Conclave.2024.1080p.BluRay.x264', 'The Brutalist 2024 1080p'])
		);
		expect(films.every((item) => item.category[0] === '2000')).toBe(true);
	});

	it('dates each listed release by its upload on the index, newest first', async () => {
		const items = (await torznab(ARR_TESTS.prowlarr.query)).doc.rss.channel.item as Item[];
		const dateOf = (title: string) => items.find((item) => item.title === title)?.pubDate;
		// EZTV's date_released_unix, apibay's added, Nyaa's pubDate (real captures and the synthetic rows)
		expect(dateOf('The.Young.and.the.Restless.S53E217.XviD-AFG[EZTVx.to].avi')).toBe(
			new Date(1786753216_000).toUTCString()
		);
		expect(dateOf('Shrinking.S03E07.1080p.WEB.h264-ETHEL')).toBe(new Date(UPLOADED * 1000).toUTCString());
		expect(dateOf('[SubsPlease] Mairimashita! Iruma-kun S4 - 19 (1080p) [2ADA8299].mkv')).toBe(
			'Sat, 15 Aug 2026 11:46:52 GMT'
		);
		const times = items.map((item) => Date.parse(item.pubDate));
		expect(times).toEqual([...times].sort((a, b) => b - a));
	});

	it('pages the same feed with offset and limit', async () => {
		// Sonarr pages by `offset={page * PageSize}&limit={PageSize}` (NewznabRequestGenerator.cs:626)
		const all = (await torznab(`t=tvsearch&cat=5030,5040&apikey=${KEY}`)).doc.rss.channel.item as Item[];
		const page = (await torznab(`t=tvsearch&cat=5030,5040&apikey=${KEY}&offset=2&limit=3`)).doc.rss.channel
			.item as Item[];
		expect(all.length).toBeGreaterThan(5);
		expect(page.map((item) => item.guid['#text'])).toEqual(all.slice(2, 5).map((item) => item.guid['#text']));
		const beyond = (await torznab(`t=tvsearch&cat=5030,5040&apikey=${KEY}&offset=100000&limit=100`)).doc;
		expect(beyond.rss.channel.item).toBeUndefined();
	});

	it('declares the searches and page size the clients read from caps', async () => {
		const { doc } = await torznab('t=caps');
		// Sonarr's NewznabCapabilitiesProvider.cs:114-148 reads limits@default/@max and each search's
		// supportedParams; Torznab.cs:170 takes min(100, max(default, max)) as the page size; the indexer
		// is refused unless `search` has q, or `tv-search` has q and season and ep (Torznab.cs:104-116)
		expect(doc.caps.limits).toEqual({ '@max': '100', '@default': '100' });
		expect(doc.caps.searching['tv-search']).toMatchObject({
			'@available': 'yes',
			'@supportedParams': 'q,season,ep,imdbid'
		});
		expect(doc.caps.searching['movie-search']).toMatchObject({
			'@available': 'yes',
			'@supportedParams': 'q,imdbid'
		});
		expect(doc.caps.searching.search).toMatchObject({ '@available': 'yes', '@supportedParams': 'q' });
	});

	it.each([
		['a wrong key', `t=search&apikey=wrong`, '100'],
		['no key', `t=search`, '100'],
		['a bad parameter', `t=search&apikey=${KEY}&limit=many`, '201']
	])(
		'answers %s with HTTP 200 and a Torznab error, so each client shows its description',
		async (_, query, code) => {
			// Sonarr and Radarr throw HttpException on any 4xx before the parser sees the body
			// (NzbDrone.Common/Http/HttpClient.cs:106-119 in both), whose message names only the status
			// (HttpException.cs:18): the test shows "HTTP request failed: [400:BadRequest]…" (Sonarr
			// HttpIndexerBase.cs:425-445). With 200, TorznabRssParser.cs:38-56 (Radarr :19-37) turns 100-199
			// into "Invalid API Key" (HttpIndexerBase.cs:390-394) and any other code into "Torznab error
			// detected: <description>", shown by the catch-all (Sonarr HttpIndexerBase.cs:474-478, Radarr
			// :450-454). Prowlarr reads 4xx bodies too (HttpIndexerBase.cs:661, SuppressHttpError) with the same
			// rule (Definitions/Torznab/TorznabRssParser.cs:45-63).
			const { response, doc } = await torznab(query);
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toMatch(/xml/);
			expect(doc.error['@code']).toBe(code);
			expect(doc.error['@description'].length).toBeGreaterThan(0);
		}
	);

	it('answers the test requests again after a restart, from the listings', async () => {
		await app.stop();
		const before = web.requests.length;
		app = await startApp(env());
		await expectEveryArrTestPasses();
		expect(web.requests.length).toBeGreaterThan(before);
	});

	it('still answers when every listing but one fails', async () => {
		await app.stop();
		web.route('/apibay/precompiled/data_top100_recent.json', { status: 503, body: 'down' });
		web.route('/apibay/q.php', { status: 503, body: 'down' });
		web.route('/yts/api/v2/list_movies.json', { status: 500, body: 'oops' });
		web.route('/eztv/api/get-torrents', { body: 'not json' });
		app = await startApp(env());
		const items = (await torznab(ARR_TESTS.prowlarr.query)).doc.rss.channel.item as Item[];
		// Nyaa alone answers: its releases, nothing else
		expect(items.length).toBeGreaterThan(0);
		expect(items.every((item) => item.title.startsWith('[SubsPlease]'))).toBe(true);
	});
});

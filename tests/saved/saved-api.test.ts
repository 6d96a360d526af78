// Saved searches through the built server's API and feed: validation and its messages, the same-origin
// rule, the feed as RSS 2.0 with first sightings as pubDate, revocation by rename and delete, and the
// feed read by the rules Sonarr's "Torrent RSS" indexer applies (cited by file and line of its source,
// Sonarr/Sonarr at 49df353). Needs `vite build` first.
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apibayRow } from '../api-faces/apibay-rows.ts';
import { startApp, type App } from '../app-server.ts';
import { FIRST, OTHER, SECOND, startWatchedWeb, watchEnv, type WatchedWeb } from './scenario.ts';

let web: WatchedWeb;
let app: App;

beforeAll(async () => {
	web = await startWatchedWeb();
	app = await startApp(watchEnv(web));
});

afterAll(async () => {
	await app?.stop();
	await web?.close();
});

const hashOf = (name: string) => apibayRow(name).info_hash.toLowerCase();

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
	const response = await fetch(`${app.url}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface FeedItem {
	title: string;
	guid: { '#text': string; '@_isPermaLink': string };
	link: string;
	pubDate: string;
	description: string;
	enclosure: { '@_url': string; '@_length': string; '@_type': string };
	'torznab:attr': { '@_name': string; '@_value': string }[];
}

async function readFeed(url: string): Promise<FeedItem[]> {
	const response = await fetch(url);
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
	const document = new XMLParser({
		ignoreAttributes: false,
		isArray: (name) => ['item', 'torznab:attr'].includes(name)
	}).parse(await response.text());
	expect(document.rss['@_version']).toBe('2.0');
	return document.rss.channel.item ?? [];
}

describe('saved searches API', { timeout: 60_000 }, () => {
	it('refuses a save without a query, with invalid preferences, or naming an unknown engine, saying why', async () => {
		expect(await post('/api/saved', {})).toEqual({
			status: 400,
			body: { error: 'q is required: the text to search for' }
		});
		expect(await post('/api/saved', { q: '  ' })).toMatchObject({ status: 400 });
		expect(await post('/api/saved', { q: 'x', res: '999p' })).toEqual({
			status: 400,
			body: { error: expect.stringMatching(/^res: unknown resolution 999p/) }
		});
		expect(await post('/api/saved', { q: 'x', sort: 'random' })).toEqual({
			status: 400,
			body: { error: expect.stringMatching(/^sort/) }
		});
		expect(await post('/api/saved', { q: 'x', engines: ['nosuch'] })).toEqual({
			status: 400,
			body: { error: expect.stringMatching(/^unknown engine nosuch/) }
		});
		expect(await post('/api/saved', 'not json')).toMatchObject({ status: 400, body: { error: /JSON/ } });
		expect(await post('/api/saved', { q: 'x' }, { origin: 'https://evil.example' })).toMatchObject({
			status: 403
		});
	});

	it('saves, lists, feeds with first sightings, marks what is new, renames (revoking the feed) and deletes', async () => {
		const saved = await post('/api/saved', { q: 'fakenet open show', engines: ['apibay'], res: ['1080p'] });
		expect(saved.status).toBe(201);
		expect(saved.body).toMatchObject({ id: expect.any(String), q: 'fakenet open show' });
		const feed = saved.body.feed as string;
		expect(feed).toMatch(
			new RegExp(`^${app.url.replace('127.0.0.1', '127\\.0\\.0\\.1')}/feed/[A-Za-z0-9_-]{43}\\.xml$`)
		);

		// The saved preferences apply to the feed: res=1080p leaves the 720p release out.
		const first = await readFeed(feed);
		expect(first.map((item) => item.guid['#text'])).toEqual([hashOf(FIRST)]);
		expect(first.map((item) => item.guid['#text'])).not.toContain(hashOf(OTHER));
		const item = first.find((entry) => entry.title === FIRST)!;
		expect(item.guid['@_isPermaLink']).toBe('false');
		expect(item.enclosure['@_type']).toBe('application/x-bittorrent');
		expect(item.enclosure['@_url']).toMatch(new RegExp(`^magnet:\\?xt=urn:btih:${hashOf(FIRST)}`));
		const attrs = Object.fromEntries(item['torznab:attr'].map((attr) => [attr['@_name'], attr['@_value']]));
		expect(attrs).toMatchObject({ seeders: '20', size: '1500000000', infohash: hashOf(FIRST) });

		// The site gains a release: the next poll lists it, with a later pubDate; the others keep theirs.
		web.releases.push(SECOND);
		const second = await readFeed(feed);
		const dates = Object.fromEntries(second.map((entry) => [entry.title, Date.parse(entry.pubDate)]));
		expect(dates[FIRST]).toBe(Date.parse(item.pubDate));
		expect(dates[SECOND]).toBeGreaterThanOrEqual(dates[FIRST]!);
		expect(second[0]!.title).toBe(SECOND);

		const list = (await (await fetch(`${app.url}/api/saved`)).json()) as Record<string, unknown>[];
		expect(list).toEqual([
			expect.objectContaining({
				id: saved.body.id,
				q: 'fakenet open show',
				feed,
				new: 1,
				preferences: { res: '1080p' }
			})
		]);
		// Looking at the results: nothing is new any more.
		const viewed = await fetch(`${app.url}/api/saved/${saved.body.id}/viewed`, {
			method: 'POST',
			body: JSON.stringify({ infohashes: [hashOf(SECOND)] })
		});
		expect(viewed.status).toBe(204);
		const viewedNotJson = await fetch(`${app.url}/api/saved/${saved.body.id}/viewed`, {
			method: 'POST',
			body: 'infohashes=x'
		});
		expect({ status: viewedNotJson.status, body: await viewedNotJson.json() }).toEqual({
			status: 400,
			body: { error: 'the body must be JSON: {"infohashes": ["…"]}' }
		});
		expect(((await (await fetch(`${app.url}/api/saved`)).json()) as { new: number }[])[0]!.new).toBe(0);

		const renamed = await fetch(`${app.url}/api/saved/${saved.body.id}`, {
			method: 'PATCH',
			body: JSON.stringify({ name: 'The Fakenet show' })
		});
		expect(renamed.status).toBe(200);
		const notJson = await fetch(`${app.url}/api/saved/${saved.body.id}`, { method: 'PATCH', body: 'name=x' });
		expect({ status: notJson.status, body: await notJson.json() }).toEqual({
			status: 400,
			body: { error: 'the body must be JSON: {"name": "…"}' }
		});
		const { feed: newFeed, name } = (await renamed.json()) as { feed: string; name: string };
		expect(name).toBe('The Fakenet show');
		expect(newFeed).not.toBe(feed);
		expect((await fetch(feed)).status).toBe(404);
		// The same items, the same first sightings, under the new address.
		const again = await readFeed(newFeed);
		expect(Object.fromEntries(again.map((entry) => [entry.title, Date.parse(entry.pubDate)]))).toEqual(dates);

		expect((await fetch(`${app.url}/api/saved/${saved.body.id}`, { method: 'DELETE' })).status).toBe(204);
		expect((await fetch(newFeed)).status).toBe(404);
		expect((await fetch(`${app.url}/api/saved/${saved.body.id}`, { method: 'DELETE' })).status).toBe(404);
		expect(await (await fetch(`${app.url}/api/saved`)).json()).toEqual([]);
		expect((await fetch(`${app.url}/feed/not-a-token.xml`)).status).toBe(404);
		web.releases.pop();
	});

	it("writes a feed that Sonarr's Torrent RSS indexer accepts and reads as intended", async () => {
		const saved = await post('/api/saved', { q: 'fakenet open show', engines: 'apibay' });
		const items = await readFeed(saved.body.feed as string);
		// TorrentRssSettingsDetector.cs:124-128: an empty feed cannot be checked; ours has items.
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			// RssParser.cs:196-201: every item must have a pubDate, or the whole feed is unsupported.
			expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
			// TorrentRssSettingsDetector.cs:266-269: no release without a title.
			expect(item.title.trim()).not.toBe('');
			// RssParser.cs:206-212 with TorrentRssSettingsDetector.cs:119,132,137-140: the enclosure's url is the
			// download URL; RssParser.cs:24-27 and TorrentRssParser.cs:36 prefer the application/x-bittorrent type.
			// TorrentRssSettingsDetector.cs:298-310: a magnet: URL is a valid download URL.
			expect(item.enclosure['@_type']).toBe('application/x-bittorrent');
			expect(item.enclosure['@_url']).toMatch(/^magnet:\?xt=urn:btih:[0-9a-f]{40}/);
			// TorrentRssParser.cs:79-85: the infohash is read from that magnet; it must be the guid's.
			expect(item.enclosure['@_url']).toContain(item.guid['#text']);
			// RssParser.cs:237-262 and TorrentRssSettingsDetector.cs:151-155: the size is the enclosure's length,
			// accepted when at least 2 MiB (TorrentRssSettingsDetector.cs:21).
			expect(Number(item.enclosure['@_length'])).toBeGreaterThanOrEqual(2 * 1024 * 1024);
			// TorrentRssParser.cs:122-129,193: seeders are read from the description as "Seeders: N";
			// TorrentRssParser.cs:151-158,195: peers as "Peers: N".
			expect(item.description).toMatch(/(Seeder)s?:\s+20\b/i);
			expect(item.description).toMatch(/(Peer)s?:\s+23\b/i);
		}
		// TorrentRssSettingsDetector.cs:276-282: no two releases with the same guid.
		const guids = items.map((item) => item.guid['#text']);
		expect(new Set(guids).size).toBe(guids.length);
		await fetch(`${app.url}/api/saved/${saved.body.id}`, { method: 'DELETE' });
	});
});

describe('saved searches with identities (AUTH_USER_HEADER)', { timeout: 60_000 }, () => {
	let named: App;
	beforeAll(async () => {
		named = await startApp(watchEnv(web, { AUTH_USER_HEADER: 'Remote-User', AUTH_USERS: 'alice,bob' }));
	});
	afterAll(async () => {
		await named?.stop();
	});

	const as = (user: string | null, init: RequestInit = {}) => ({
		...init,
		headers: { ...(user ? { 'remote-user': user } : {}), ...(init.headers as Record<string, string>) }
	});

	it("keeps each user's saved searches apart and refuses requests that name no listed user", async () => {
		const body = JSON.stringify({ q: 'fakenet open show', engines: ['apibay'] });
		const saved = await fetch(`${named.url}/api/saved`, as('alice', { method: 'POST', body }));
		expect(saved.status).toBe(201);
		const { id, feed } = (await saved.json()) as { id: string; feed: string };
		expect(
			((await (await fetch(`${named.url}/api/saved`, as('alice'))).json()) as { id: string }[]).map(
				(s) => s.id
			)
		).toEqual([id]);
		expect(await (await fetch(`${named.url}/api/saved`, as('bob'))).json()).toEqual([]);
		expect((await fetch(`${named.url}/api/saved/${id}`, as('bob', { method: 'DELETE' }))).status).toBe(404);
		expect((await fetch(`${named.url}/api/saved`, as('mallory', { method: 'POST', body }))).status).toBe(403);
		expect((await fetch(`${named.url}/api/saved`, as(null, { method: 'POST', body }))).status).toBe(403);
		// The feed's token is its credential: a torrent client sends no user header.
		expect((await fetch(feed)).status).toBe(200);
		expect((await fetch(`${named.url}/api/saved/${id}`, as('alice', { method: 'DELETE' }))).status).toBe(204);
	});
});

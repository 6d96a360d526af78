// Torznab XML read back by a real XML parser, element by element as Sonarr and Prowlarr read it, and the
// capabilities document against its golden copy beside this file.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Result } from '#lib/search-events.ts';
import {
	inCategories,
	toTorznabItems,
	torznabCaps,
	torznabError,
	torznabFeed,
	escapeXml
} from './torznab.ts';
import { MemoryStore } from '#lib/server/state/memory-store.ts';
import { useStateStore } from '#lib/server/state/state.ts';
import { forgetRecent, recentItems, rememberRecent } from './torznab-recent.ts';
import { parseRelease } from '#lib/server/release/parse-release.ts';

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => ['item', 'torznab:attr', 'category', 'subcat'].includes(name)
});

function read(xml: string) {
	expect(XMLValidator.validate(xml)).toBe(true);
	return parser.parse(xml);
}

const NASTY = 'Tom & Jerry <"Best"> \'Of\' \u0001\u0008 S01E02 1080p';

function result(extra: Partial<Result> = {}): Result {
	const infohash = extra.infohash ?? 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7';
	const name = extra.name === undefined ? 'Silo S03E06 1080p WEB H264-CAKES' : extra.name;
	return {
		infohash,
		name,
		magnet: `magnet:?xt=urn:btih:${infohash}&dn=Silo&tr=udp%3A%2F%2Ftracker.example%3A1337&tr=https%3A%2F%2Ft.example%2Fannounce`,
		trackers: ['udp://tracker.example:1337'],
		size: 4388742440,
		seeders: 4024,
		leechers: 1793,
		files: null,
		// as the search gives every result: its name read once
		release: name === null ? null : parseRelease(name),
		sources: [{ engine: 'apibay', page: 'https://thepiratebay.org/description.php?id=84037747' }],
		...extra
	};
}

const channel = {
	origin: 'https://torrent.example',
	self: 'https://torrent.example/torznab/api?t=search&q=silo',
	description: 'Results for silo'
};
const date = new Date('2026-11-24T09:00:00Z');

describe('torznabCaps', () => {
	const caps = torznabCaps('2.0.0', 'https://torrent.example');

	it('matches the golden document', () => {
		expect(caps).toBe(readFileSync(new URL('./torznab-caps.golden.xml', import.meta.url), 'utf8'));
	});

	it('says what Sonarr and Prowlarr read: limits, search modes and their parameters, categories', () => {
		const { caps: doc } = read(caps);
		expect(doc.limits).toEqual({ '@max': '100', '@default': '100' });
		expect(doc.searching.search).toEqual({ '@available': 'yes', '@supportedParams': 'q' });
		expect(doc.searching['tv-search']).toEqual({
			'@available': 'yes',
			'@supportedParams': 'q,season,ep,imdbid'
		});
		expect(doc.searching['movie-search']).toEqual({ '@available': 'yes', '@supportedParams': 'q,imdbid' });
		const categories = doc.categories.category.map((c: { '@id': string; subcat?: { '@id': string }[] }) => [
			c['@id'],
			(c.subcat ?? []).map((s) => s['@id'])
		]);
		expect(categories).toEqual([
			['2000', ['2030', '2040', '2045']],
			['5000', ['5030', '5040', '5045']],
			['8000', []]
		]);
	});
});

describe('torznabFeed', () => {
	it('writes every element the *arrs read, escaped, with the torznab namespace', () => {
		const items = toTorznabItems([result({ name: NASTY })], 'tv', date);
		const { rss } = read(torznabFeed(items, channel));
		expect(rss['@version']).toBe('2.0');
		expect(rss['@xmlns:torznab']).toBe('http://torznab.com/schemas/2015/feed');
		const [item] = rss.channel.item;
		expect(item.title).toBe('Tom & Jerry <"Best"> \'Of\'  S01E02 1080p');
		expect(item.guid).toEqual({
			'#text': 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
			'@isPermaLink': 'false'
		});
		expect(item.link).toBe(result().magnet);
		expect(item.comments).toBe('https://thepiratebay.org/description.php?id=84037747');
		expect(item.pubDate).toBe('Tue, 24 Nov 2026 09:00:00 GMT');
		expect(item.size).toBe(4388742440);
		expect(item.enclosure).toEqual({
			'@url': result().magnet,
			'@length': '4388742440',
			'@type': 'application/x-bittorrent'
		});
		expect(item.category).toEqual([5000, 5040]);
		const attrs = Object.fromEntries(
			item['torznab:attr'].map((a: { '@name': string; '@value': string }) => [
				a['@name'] + (a['@name'] === 'category' ? a['@value'] : ''),
				a['@value']
			])
		);
		expect(attrs).toEqual({
			category5000: '5000',
			category5040: '5040',
			size: '4388742440',
			seeders: '4024',
			peers: '5817',
			infohash: 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
			magneturl: result().magnet,
			downloadvolumefactor: '1',
			uploadvolumefactor: '1'
		});
	});

	it('leaves out what is unknown, and items a download client could not track', () => {
		const unknown = result({
			name: null,
			size: null,
			seeders: null,
			leechers: null,
			sources: [{ engine: 'bing', page: null }]
		});
		const v2 = result({ infohash: 'ab'.repeat(32) });
		const { rss } = read(torznabFeed(toTorznabItems([unknown, v2], null, date), channel));
		expect(rss.channel.item).toHaveLength(1);
		const [item] = rss.channel.item;
		expect(item.title).toBe(unknown.infohash);
		expect(item).not.toHaveProperty('size');
		expect(item).not.toHaveProperty('comments');
		expect(item.enclosure['@length']).toBe('0');
		expect(item.category).toEqual([8000]);
		expect(item['torznab:attr'].map((a: { '@name': string }) => a['@name'])).not.toContain('seeders');
	});

	it('writes a valid empty feed', () => {
		const { rss } = read(torznabFeed([], channel));
		expect(rss.channel.title).toBe('cf-torrent');
		expect(rss.channel.item).toBeUndefined();
	});
});

describe('torznabError', () => {
	it('is the element Sonarr and Prowlarr look for', () => {
		expect(read(torznabError(201, 'Incorrect parameter (q & "x")'))).toMatchObject({
			error: { '@code': '201', '@description': 'Incorrect parameter (q & "x")' }
		});
	});
});

describe('categories and the recent feed', () => {
	const [hd, unknownQuality, other] = [
		...toTorznabItems([result()], 'tv', date),
		...toTorznabItems([result({ infohash: '1'.repeat(40), name: 'Silo S03E06 x264' })], null, date),
		...toTorznabItems([result({ infohash: '2'.repeat(40), name: 'ubuntu.iso' })], null, date)
	];

	it('filters by parent and subcategory, keeping unknown qualities of the parent', () => {
		expect(inCategories(hd!, [5000])).toBe(true);
		expect(inCategories(hd!, [5040])).toBe(true);
		expect(inCategories(hd!, [5030, 2000])).toBe(false);
		expect(inCategories(unknownQuality!, [5030])).toBe(true);
		expect(inCategories(other!, [2000, 5000])).toBe(false);
		expect(inCategories(other!, null)).toBe(true);
	});

	it('keeps the newest results first, each once, bounded, in the state store', async () => {
		await useStateStore(new MemoryStore());
		void rememberRecent([hd!, unknownQuality!]);
		await rememberRecent([other!, hd!]);
		expect((await recentItems()).map((item) => item.result.infohash)).toEqual([
			other!.result.infohash,
			hd!.result.infohash,
			unknownQuality!.result.infohash
		]);
		const many = Array.from({ length: 10 }, (_, i) =>
			toTorznabItems(
				Array.from({ length: 30 }, (_, j) =>
					result({ infohash: (i * 100 + j).toString(16).padStart(40, '0') })
				),
				null,
				date
			)
		);
		for (const items of many) void rememberRecent(items);
		const recent = await recentItems();
		expect(recent).toHaveLength(100);
		expect(recent[0]!.result.infohash).toBe((900).toString(16).padStart(40, '0'));
		expect(recent[0]!.date).toEqual(date);
		await forgetRecent();
		expect(await recentItems()).toEqual([]);
	});
});

describe('escapeXml', () => {
	it('escapes markup and drops characters XML cannot carry', () => {
		expect(escapeXml(`a&b<c>"d"'e'\u0000\uFFFE`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
		expect(escapeXml('Amélie 😀')).toBe('Amélie 😀');
	});
});

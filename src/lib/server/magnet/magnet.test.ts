// The magnet codec on real pages and every spelling they use, checked against magnet-uri.
import { readdirSync } from 'node:fs';
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import magnetUri from 'magnet-uri';
import fixtures from 'webtorrent-fixtures';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { readTorrent } from '../bencode/torrent.ts';
import { buildMagnet, infohashFromTorrentUrl, magnetKey, parseMagnet, type Magnet } from './magnet.ts';

/** What magnet-uri reads from a clean magnet, in our shape. */
function reference(clean: string): Partial<Magnet> {
	const theirs = magnetUri(clean);
	return { infohash: theirs.infoHash ?? null, name: theirs.name ?? null, trackers: theirs.announce };
}

function parsed(input: string): Magnet {
	const magnet = parseMagnet(input);
	if (!magnet) throw new Error(`no magnet read from ${input.slice(0, 80)}`);
	return magnet;
}

/** Every raw occurrence of a magnet in a capture, with a little of what comes before and after. */
function rawMagnets(text: string): string[] {
	return [...text.matchAll(/magnet:\?/gi)].map((match) => text.slice(match.index - 1, match.index + 4000));
}

const PAGES = [
	'sites/x1337-detail.html',
	'sites/eztv-detail.html',
	'sites/limetorrents-detail.html',
	'sites/torrentdownloads-detail.html'
];

describe('magnets on real pages', () => {
	it.skipIf(!hasFixtures).each(PAGES)('%s: the raw markup reads as magnet-uri reads the href', (page) => {
		const html = readFixture(page).toString('utf8');
		const $ = cheerio.load(html);
		const hrefs = $('a[href^="magnet:"]')
			.map((_, element) => $(element).attr('href'))
			.get();
		expect(hrefs.length).toBeGreaterThan(0);
		const raw = rawMagnets(html);
		expect(raw).toHaveLength(hrefs.length);
		raw.forEach((candidate, index) => {
			const clean = hrefs[index] ?? '';
			expect(parsed(candidate)).toMatchObject(reference(clean));
			expect(parsed(clean)).toMatchObject(reference(clean));
		});
	});

	it.skipIf(!hasFixtures).each(['sites/torrentbay-magnet-response.json', 'apis/eztv-get-torrents.json'])(
		'%s: magnets inside raw JSON text read as magnet-uri reads the parsed strings',
		(file) => {
			const text = readFixture(file).toString('utf8');
			const strings = JSON.stringify(JSON.parse(text)).match(/"magnet:\?[^"]*"/g) ?? [];
			const clean = strings.map((string) => JSON.parse(string) as string);
			const raw = rawMagnets(text);
			expect(raw.length).toBeGreaterThan(0);
			expect(raw).toHaveLength(clean.length);
			raw.forEach((candidate, index) =>
				expect(parsed(candidate)).toMatchObject(reference(clean[index] ?? ''))
			);
		}
	);

	it.skipIf(!hasFixtures)('keeps uppercase hex, entities and encoded trackers of a 1337x page apart', () => {
		const magnet = parsed(rawMagnets(readFixture('sites/x1337-detail.html').toString('utf8'))[0] ?? '');
		expect(magnet.infohash).toBe('00784af82a96d3b9600aed78bcb2b4b3d40932f3');
		expect(magnet.name).toBe(
			'Silo.S03E06.The.Drive.2160p.ATVP.WEB-DL.ITA.ENG.DDP5.1.Atmos.DV.HDR.H.265-G66.mkv'
		);
		expect(magnet.trackers[0]).toBe('udp://open.stealth.si:80/announce');
	});
});

describe('spellings', () => {
	const hash = 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7';
	const base32 = '2FQLRWHKGWS3JZJIG5DI7SHQHVK454PX';
	const clean =
		`magnet:?xt=urn:btih:${hash}&dn=ubuntu-24.04.3%20desktop%20(amd64).iso` +
		'&tr=https%3A%2F%2Ftorrent.ubuntu.com%2Fannounce&tr=udp%3A%2F%2Ftracker.example.org%3A1337%2Fannounce';
	const amp = (text: string, by: string) => text.replaceAll('&', by);
	const spellings: Record<string, string> = {
		clean,
		'uppercase hex': clean.replace(hash, hash.toUpperCase()),
		base32: clean.replace(hash, base32),
		'lowercase base32': clean.replace(hash, base32.toLowerCase()),
		'&amp;': amp(clean, '&amp;'),
		'&amp;amp;': amp(clean, '&amp;amp;'),
		'&#38;': amp(clean, '&#38;'),
		'&#x26;': amp(clean, '&#x26;'),
		'\\u0026 and \\/': amp(clean, '\\u0026').replaceAll('/', '\\/'),
		'\\x26': amp(clean, '\\x26'),
		'\\\\u0026 (escaped twice)': amp(clean, '\\\\u0026'),
		'percent-encoded': encodeURIComponent(clean),
		'percent-encoded twice': encodeURIComponent(encodeURIComponent(clean)),
		'inside a redirect URL': `https://r.example/out?to=${encodeURIComponent(clean)}&utm=1`,
		'double-quoted': `"${clean}"`,
		'single-quoted with more code': `'${clean}', 'next'`,
		'inside an anchor': `<a href="${amp(clean, '&amp;')}">download</a>`,
		'inside JSON': JSON.stringify({ magnet: clean }),
		'with whitespace': `  \n\t${clean} \r\n`,
		'in prose': `get it here: ${clean} and seed please`,
		'uppercase scheme and keys': clean.replace('magnet:', 'MAGNET:').replace('xt=urn:btih', 'XT=URN:BTIH'),
		'indexed xt.1': clean.replace('xt=', 'xt.1=')
	};

	it.each(Object.entries(spellings))('%s', (_, spelling) => {
		expect(parsed(spelling)).toEqual({ ...reference(clean), btmh: null, size: null });
		expect(reference(clean).name).toBe('ubuntu-24.04.3 desktop (amd64).iso');
	});

	it('decodes base32 as magnet-uri does', () => {
		expect(magnetUri(clean.replace(hash, base32)).infoHash).toBe(hash);
	});

	it('keeps raw spaces in dn when the magnet is a whole attribute value', () => {
		const spaced = `magnet:?xt=urn:btih:${hash}&dn=Big Buck Bunny&tr=udp://t.example:1/a`;
		for (const input of [spaced, `"${spaced}"`, `href='${spaced}'`]) {
			expect(parsed(input)).toMatchObject({ name: 'Big Buck Bunny', trackers: ['udp://t.example:1/a'] });
		}
		expect(parsed(`see magnet:?xt=urn:btih:${hash}&dn=Big Buck Bunny`).name).toBe('Big');
	});

	it('reads + in dn as a space, and %2B as a plus', () => {
		expect(parsed(`magnet:?xt=urn:btih:${hash}&dn=Silo+S03E06%2B1`).name).toBe('Silo S03E06+1');
	});

	it('reads v2, hybrid and size', () => {
		const v2 = 'a'.repeat(63) + 'F';
		expect(parsed(`magnet:?xt=urn:btmh:1220${v2}&xl=1234`)).toEqual({
			infohash: null,
			btmh: v2.toLowerCase(),
			name: null,
			trackers: [],
			size: 1234
		});
		const hybrid = parsed(`magnet:?xt=urn:btih:${hash}&xt=urn:btmh:1220${v2}`);
		expect(hybrid).toMatchObject({ infohash: hash, btmh: v2.toLowerCase() });
		expect(magnetUri(`magnet:?xt=urn:btih:${hash}&xt=urn:btmh:1220${v2}`).infoHashV2).toBe(hybrid.btmh);
	});

	it('invents nothing from broken hashes', () => {
		for (const xt of [
			`urn:btih:${hash.slice(1)}`,
			`urn:btih:${hash}0`,
			`urn:btih:${hash.slice(1)}g`,
			`urn:btih:${base32.slice(1)}`,
			`urn:btih:${base32.slice(1)}1`,
			`urn:btmh:1220${'a'.repeat(63)}`,
			`urn:btmh:1114${'a'.repeat(64)}`,
			`urn:sha1:${hash}`,
			''
		]) {
			expect(parseMagnet(`magnet:?xt=${xt}&dn=x`), xt).toBeNull();
		}
		expect(parseMagnet(`magnet:?dn=${hash}`)).toBeNull();
		expect(parseMagnet(hash)).toBeNull();
	});

	it('keeps only udp, http, https and wss trackers, trimmed and each once', () => {
		const trackers = [
			'udp://a.example:1/announce',
			' udp://a.example:1/announce ',
			'wss://tracker.example/ws',
			'HTTP://B.example/announce',
			'ws://c.example/ws',
			'javascript:alert(1)',
			'udp://',
			'http://bad host/announce',
			'dht://x'
		];
		const query = trackers.map((tracker) => `tr=${encodeURIComponent(tracker)}`).join('&');
		expect(parsed(`magnet:?xt=urn:btih:${hash}&${query}`).trackers).toEqual([
			'udp://a.example:1/announce',
			'wss://tracker.example/ws',
			'HTTP://B.example/announce'
		]);
		expect(parsed(`magnet:?xt=urn:btih:${hash}&tr=udp%253A%252F%252Fd.example%253A2`).trackers).toEqual([
			'udp://d.example:2'
		]);
	});

	it('ignores sizes that are not whole byte counts', () => {
		for (const xl of ['-1', '1.5', '1e9', '99999999999999999', 'abc']) {
			expect(parsed(`magnet:?xt=urn:btih:${hash}&xl=${xl}`).size, xl).toBeNull();
		}
	});
});

describe('buildMagnet', () => {
	const hash = 'e2720161ff77b42e61d15f4958134debae8d0a96';
	const v2 = 'cd'.repeat(32);

	it('spells every field in one stable order', () => {
		const fields = {
			name: 'a b&c',
			trackers: ['udp://t.example:1/a', 'udp://t.example:1/a', 'bogus'],
			size: 42
		};
		expect(buildMagnet({ infohash: hash.toUpperCase(), btmh: v2, ...fields })).toBe(
			`magnet:?xt=urn:btih:${hash}&xt=urn:btmh:1220${v2}&dn=a%20b%26c&xl=42&tr=udp%3A%2F%2Ft.example%3A1%2Fa`
		);
		expect(buildMagnet({ infohash: null, btmh: v2 })).toBe(`magnet:?xt=urn:btmh:1220${v2}`);
		expect(buildMagnet({ infohash: v2 })).toBe(`magnet:?xt=urn:btmh:1220${v2}`);
		expect(buildMagnet({ infohash: hash, name: null, trackers: [], size: null })).toBe(
			`magnet:?xt=urn:btih:${hash}`
		);
	});

	it('refuses to spell a magnet without a valid hash', () => {
		expect(() => buildMagnet({ infohash: null })).toThrow(TypeError);
		expect(() => buildMagnet({ infohash: hash.slice(1) })).toThrow(TypeError);
		expect(() => buildMagnet({ infohash: hash, btmh: 'zz' })).toThrow(TypeError);
	});

	const captured = hasFixtures
		? readdirSync(`${FIXTURES_DIR}torrents`).map((file) => [file, readFixture(`torrents/${file}`)] as const)
		: [];
	const packaged = Object.entries(fixtures).map(([name, fixture]) => [name, fixture.torrent] as const);
	const torrents = [...captured, ...packaged].flatMap(([name, bytes]) => {
		const read = bytes ? readTorrent(bytes) : null;
		return read?.ok ? [[name, read.value] as const] : [];
	});

	it.each(torrents)('%s round-trips through magnet-uri and back through parseMagnet', (_, torrent) => {
		const link = buildMagnet(torrent);
		const theirs = magnetUri(link);
		expect(theirs.infoHash).toBe(torrent.infohash);
		expect(theirs.name ?? null).toBe(torrent.name);
		expect(theirs.announce).toEqual(torrent.trackers);
		expect(parseMagnet(link)).toEqual({
			infohash: torrent.infohash,
			btmh: null,
			name: torrent.name,
			trackers: torrent.trackers,
			size: torrent.size
		});
	});

	it('round-trips any name and tracker list', () => {
		const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s);
		const host = fc.domain();
		fc.assert(
			fc.property(name, fc.array(host, { maxLength: 5 }), (dn, hosts) => {
				const trackers = [...new Set(hosts.map((h) => `udp://${h}:6969/announce`))];
				const magnet = parsed(buildMagnet({ infohash: hash, name: dn, trackers }));
				expect(magnet).toMatchObject({ infohash: hash, trackers });
				expect(magnet.name).toBe(dn.replace(/\p{Cc}/gu, '').trim() || null);
				expect(magnetUri(buildMagnet({ infohash: hash, trackers })).announce).toEqual(trackers);
			})
		);
	});

	it('keys by the v1 hash, else the v2 digest', () => {
		expect(magnetKey({ infohash: hash, btmh: v2 })).toBe(hash);
		expect(magnetKey({ infohash: null, btmh: v2 })).toBe(v2);
	});
});

describe('infohashFromTorrentUrl', () => {
	it.skipIf(!hasFixtures)('reads the infohash of every itorrents link on a real listing', () => {
		const $ = cheerio.load(readFixture('sites/limetorrents-search.html').toString('utf8'));
		const links = $('a[href*=".torrent"]')
			.map((_, element) => $(element).attr('href'))
			.get();
		expect(links.length).toBeGreaterThan(5);
		for (const link of links) {
			expect(infohashFromTorrentUrl(link)).toBe(
				/([0-9A-F]{40})\.torrent/i.exec(link)?.[1]?.toLowerCase() ?? null
			);
		}
		// One of them is a torrent we hold: the URL names exactly the hash of its bytes.
		const silo = readTorrent(readFixture('torrents/silo-cakes.torrent'));
		expect(silo.ok && links.map(infohashFromTorrentUrl)).toContain(silo.ok ? silo.value.infohash : '');
	});

	it.each([
		['https://itorrents.net/torrent/93A8760C99F346FB9E24BADA88B113397423E348.torrent?title=x', true],
		['http://itorrents.org/torrent/93a8760c99f346fb9e24bada88b113397423e348.torrent', true],
		['/torrent/93a8760c99f346fb9e24bada88b113397423e348.torrent#top', true],
		['https://x.example/93a8760c99f346fb9e24bada88b113397423e348.TORRENT', true],
		['https://x.example/torrent/93a8760c99f346fb9e24bada88b113397423e348', false],
		['https://x.example/torrent/93a8760c99f346fb9e24bada88b113397423e34.torrent', false],
		['https://x.example/torrent/093a8760c99f346fb9e24bada88b113397423e348.torrent', false],
		['https://x.example/get.torrent?hash=93a8760c99f346fb9e24bada88b113397423e348', false],
		['https://x.example/torrent/x93a8760c99f346fb9e24bada88b113397423e348.torrent', false],
		['', false]
	])('%s', (url, named) => {
		expect(infohashFromTorrentUrl(url)).toBe(named ? '93a8760c99f346fb9e24bada88b113397423e348' : null);
	});
});

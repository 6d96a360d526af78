import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { boundNesting, extractFromPage } from './extract.ts';

const page = 'https://site.example/torrent/1/';
const fixture = (name: string) => readFixture(`sites/${name}`).toString('utf8');
const hashes = (html: string) => extractFromPage(html, page).magnets.map((magnet) => magnet.infohash);

describe('extractFromPage on real captures', () => {
	it.skipIf(!hasFixtures)('reads the entity-encoded magnet of a 1337x page and its itorrents mirror', () => {
		const harvest = extractFromPage(fixture('x1337-detail.html'), page);
		expect(harvest.magnets.map((magnet) => magnet.infohash)).toEqual([
			'00784af82a96d3b9600aed78bcb2b4b3d40932f3'
		]);
		expect(harvest.magnets[0]?.trackers.length).toBeGreaterThan(3);
		expect(harvest.torrentLinks.map((link) => link.infohash)).toContain(
			'00784af82a96d3b9600aed78bcb2b4b3d40932f3'
		);
	});

	it.skipIf(!hasFixtures)('decodes &amp; in an EZTV magnet into name and trackers', () => {
		const [magnet] = extractFromPage(fixture('eztv-detail.html'), page).magnets;
		expect(magnet?.infohash).toBe('fed03cc5627432777f0f6b6a0d62e96d0549e543');
		expect(magnet?.name).toBe('Silo.S03E08.XviD-AFG[EZTVx.to].avi[eztvx.to]');
		expect(magnet?.trackers).toContain('udp://tracker.opentrackr.org:1337/announce');
	});

	it.skipIf(!hasFixtures)('lowercases the uppercase hex of LimeTorrents and TorrentDownloads', () => {
		expect(hashes(fixture('limetorrents-detail.html'))).toEqual(['92d8a3f6864911ef292b4be0dd5286406396d2b3']);
		expect(hashes(fixture('torrentdownloads-detail.html'))).toEqual([
			'd8c536d10926761fcc69265308070b19db6da336'
		]);
	});

	it.skipIf(!hasFixtures)(
		'takes infohashes from itorrents links on a listing with no magnet, titles included',
		() => {
			const harvest = extractFromPage(fixture('limetorrents-search.html'), page);
			expect(harvest.magnets).toEqual([]);
			const silo = harvest.torrentLinks.find(
				(link) => link.infohash === '93a8760c99f346fb9e24bada88b113397423e348'
			);
			expect(silo?.name).toBe('Silo-S03E04-1080p-WEB-H264-CAKES');
			expect(new Set(harvest.torrentLinks.map((link) => link.infohash)).size).toBe(24);
		}
	);

	it.skipIf(!hasFixtures)('reads the magnet inside a JSON answer', () => {
		const [magnet] = extractFromPage(fixture('torrentbay-magnet-response.json'), page).magnets;
		expect(magnet?.infohash).toBe('f7a4814f1c923b5fccbcbf4b035681af9aaae081');
		expect(magnet?.name).toBe('Titan Mage Box Set');
	});

	it.skipIf(!hasFixtures)('invents nothing on a listing whose magnets are filled by JavaScript', () => {
		expect(extractFromPage(fixture('torrentgalaxy.html'), page).magnets).toEqual([]);
	});
});

describe('extractFromPage on the places pages hide magnets', () => {
	const hash = 'c9e15763f722f23e98a29decdfae341b98d53056';
	const cases: [string, string][] = [
		[
			'a JS string with \\u0026',
			`<script>var m = "magnet:?xt=urn:btih:${hash}\\u0026dn=Cosmos\\u0026tr=udp%3A%2F%2Ft.example%3A80";</script>`
		],
		[
			'a data attribute',
			`<button data-magnet="magnet:?xt=urn:btih:${hash.toUpperCase()}&amp;dn=Cosmos">get</button>`
		],
		['a textarea', `<textarea readonly>magnet:?xt=urn:btih:${hash}&dn=Cosmos</textarea>`],
		['an HTML-escaped pre', `<pre>&quot;magnet:?xt=urn:btih:${hash}&amp;dn=Cosmos&quot;</pre>`],
		[
			'a percent-encoded redirect',
			`<a href="/go?to=magnet%3A%3Fxt%3Durn%3Abtih%3A${hash}%26dn%3DCosmos">x</a>`
		],
		[
			'JSON with escaped slashes',
			`{"magnet":"magnet:?xt=urn:btih:${hash}&dn=Cosmos&tr=udp:\\/\\/t.example:80"}`
		]
	];
	it.each(cases)('finds the magnet in %s', (_, html) => {
		const [magnet] = extractFromPage(html, page).magnets;
		expect(magnet?.infohash).toBe(hash);
		expect(magnet?.name).toBe('Cosmos');
	});

	it('ignores broken hashes instead of inventing results', () => {
		const html = `<a href="magnet:?xt=urn:btih:${hash.slice(1)}">short</a><a href="magnet:?xt=urn:btih:${'z'.repeat(40)}">bad</a>`;
		expect(extractFromPage(html, page).magnets).toEqual([]);
	});

	it('resolves relative .torrent links against <base> and skips non-http ones', () => {
		const html = `<base href="https://cdn.example/files/"><a href="a.torrent">A</a><a href="javascript:x.torrent">B</a>`;
		expect(extractFromPage(html, page).torrentLinks).toEqual([
			{ url: 'https://cdn.example/files/a.torrent', infohash: null, name: 'A' }
		]);
	});

	it('reads the title and .torrent links of a page whose first trace comes late, near or far', () => {
		for (const rows of [100, 20_000]) {
			const html = `<title>Late</title>${'<p>filler</p>'.repeat(rows)}<a href="/f.torrent">F</a>`;
			expect(extractFromPage(html, page)).toEqual({
				magnets: [],
				torrentLinks: [{ url: 'https://site.example/f.torrent', infohash: null, name: 'F' }],
				title: 'Late'
			});
		}
	});

	it('does not parse pages without a trace of a magnet or torrent', () => {
		expect(extractFromPage('<html><title>Recipes</title><p>bread</p></html>', page)).toEqual({
			magnets: [],
			torrentLinks: [],
			title: null
		});
	});
});

describe('the bound on open elements', () => {
	// htmlparser2 keeps no public handle on its open elements: the bound edits the two arrays it keeps them
	// in, so a version that renames or reshapes them must fail here, not leave hostile pages quadratic.
	it('finds htmlparser2’s open-element stacks and cuts them to the innermost 256', () => {
		const parser = new Parser({});
		parser.write('<div>'.repeat(1000) + '<svg>'.repeat(1000));
		const internals = parser as unknown as { stack: unknown; foreignContext: unknown };
		expect(Array.isArray(internals.stack) && internals.stack.length).toBeGreaterThan(256);
		expect(Array.isArray(internals.foreignContext) && internals.foreignContext.length).toBeGreaterThan(256);
		boundNesting(parser);
		expect(internals.stack).toHaveLength(256);
		expect(internals.foreignContext).toHaveLength(256);
	});
});

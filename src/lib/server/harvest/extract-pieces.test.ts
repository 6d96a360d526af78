// A page harvested as it arrives, cut anywhere, harvests exactly what it does read in one piece: real
// captures and hostile pages, cut as text and as bytes (through the charset decoder), at every place for
// small pages and at random places, many inside a magnet, an entity or a character, for big ones.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, decodeTextStream } from '#lib/server/egress/index.ts';
import { FIXTURES_DIR, hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { pageExtractor, type PageHarvest } from './extract.ts';
import { MAX_MAGNET_LENGTH } from '#lib/server/magnet/magnet.ts';

const PAGE = 'https://site.example/torrent/1/';
const hash = (n: number) => n.toString(16).padStart(40, '0');

function pieces<T extends { length: number; subarray?: unknown }>(whole: T, cuts: number[]) {
	const at = [...new Set(cuts)].filter((cut) => cut > 0 && cut < whole.length).sort((a, b) => a - b);
	return [0, ...at].map((from, n) => [from, at[n] ?? whole.length] as const);
}

function harvestText(text: string, cuts: number[] = []): PageHarvest {
	const extractor = pageExtractor(PAGE);
	for (const [from, to] of pieces(text, cuts)) extractor.write(text.slice(from, to));
	return extractor.end();
}

async function harvestBytes(bytes: Buffer, cuts: number[], contentType: string | null): Promise<PageHarvest> {
	const chunks = pieces(bytes, cuts).map(([from, to]) => bytes.subarray(from, to));
	const extractor = pageExtractor(PAGE);
	for await (const piece of decodeTextStream(chunks, contentType)) extractor.write(piece);
	return extractor.end();
}

// Where a cut is most likely to break a harvest: inside these, and inside a multi-byte character.
const SEAMS = [
	'magnet:?',
	'magnet%3A%3F',
	'btih:',
	'&amp;',
	'\\u0026',
	'\\/',
	'.torrent',
	'<title',
	'</a>',
	'"{'
];

/** Every offset inside and around each seam of `text` (the first `perSeam` of each kind). */
function seamCuts(text: string, perSeam: number): number[] {
	const cuts = new Set<number>();
	for (const seam of SEAMS) {
		let found = 0;
		for (let at = text.indexOf(seam); at !== -1 && found < perSeam; at = text.indexOf(seam, at + 1), found++)
			for (let cut = at - 1; cut <= at + seam.length + (seam === 'btih:' ? 40 : 1); cut++) cuts.add(cut);
	}
	return [...cuts].filter((cut) => cut > 0 && cut < text.length);
}

/** Byte offsets that fall inside a UTF-8 character (before a continuation byte). */
function insideCharacters(bytes: Buffer): number[] {
	const cuts: number[] = [];
	for (let at = 1; at < bytes.length; at++) if (((bytes[at] ?? 0) & 0xc0) === 0x80) cuts.push(at);
	return cuts;
}

const sites = hasFixtures ? readdirSync(`${FIXTURES_DIR}sites`) : [];
const SMALL = 64 * 1024;

describe('a real capture harvested in pieces', () => {
	it.skipIf(!hasFixtures).each(sites)(
		'%s: every cut at every seam (at every place if tiny), one at a time',
		(name) => {
			const text = readFixture(`sites/${name}`).toString('utf8');
			const whole = harvestText(text);
			const all = Array.from({ length: text.length }, (_, n) => n);
			const cuts =
				text.length <= 4096 ? all : seamCuts(text, text.length <= SMALL ? Number.POSITIVE_INFINITY : 8);
			expect(cuts.length).toBeGreaterThan(0);
			for (const cut of cuts) expect(harvestText(text, [cut])).toEqual(whole);
		}
	);

	it.skipIf(!hasFixtures).each(sites)('%s: many random cuts at once, as text', (name) => {
		const text = readFixture(`sites/${name}`).toString('utf8');
		const whole = harvestText(text);
		const seams = seamCuts(text, 200);
		const cut = fc.oneof(fc.nat(text.length), fc.constantFrom(...seams));
		fc.assert(
			fc.property(fc.array(cut, { maxLength: 60 }), (cuts) => {
				expect(harvestText(text, cuts)).toEqual(whole);
			}),
			{ numRuns: text.length <= SMALL ? 200 : 25 }
		);
	});

	it.skipIf(!hasFixtures).each(sites)('%s: many random cuts at once, as bytes', async (name) => {
		const bytes = readFixture(`sites/${name}`);
		const contentType = name.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
		const whole = harvestText(decodeText(bytes, contentType));
		const inside = [...insideCharacters(bytes), ...seamCuts(bytes.toString('latin1'), 200)];
		const cut =
			inside.length > 0 ? fc.oneof(fc.nat(bytes.length), fc.constantFrom(...inside)) : fc.nat(bytes.length);
		await fc.assert(
			fc.asyncProperty(fc.array(cut, { maxLength: 60 }), async (cuts) => {
				expect(await harvestBytes(bytes, cuts, contentType)).toEqual(whole);
			}),
			{ numRuns: bytes.length <= SMALL ? 100 : 20 }
		);
	});
});

describe('a hostile or unusual page harvested in pieces', () => {
	const h = hash(0xc9e1);
	const small: [string, string][] = [
		[
			'a JS string with \\u0026',
			`<script>var m = "magnet:?xt=urn:btih:${h}\\u0026dn=Cosmos\\u0026tr=udp%3A%2F%2Ft.example%3A80";</script>`
		],
		[
			'a data attribute',
			`<button data-magnet="magnet:?xt=urn:btih:${h.toUpperCase()}&amp;dn=Cosmos">get</button>`
		],
		['a textarea', `<textarea readonly>magnet:?xt=urn:btih:${h}&dn=Cosmos</textarea>`],
		['an HTML-escaped pre', `<pre>&quot;magnet:?xt=urn:btih:${h}&amp;dn=Cosmos&quot;</pre>`],
		['a percent-encoded redirect', `<a href="/go?to=magnet%3A%3Fxt%3Durn%3Abtih%3A${h}%26dn%3DCosmos">x</a>`],
		[
			'JSON with escaped slashes',
			`  \n {"magnet":"magnet:?xt=urn:btih:${h}&dn=Cosmos&tr=udp:\\/\\/t.example:80"}`
		],
		[
			'both forms, the same infohash told twice',
			`<a href="/go?u=magnet%3A%3Fxt%3Durn%3Abtih%3A${hash(1)}%26dn%3Dencoded">e</a>` +
				`<a href="magnet:?xt=urn:btih:${hash(1)}&tr=udp://a.example:1">p</a>magnet:?xt=urn:btih:${hash(2)}`
		],
		['a magnet inside an encoded one', `magnet%3A%3Fxmagnet:?xt=urn:btih:${hash(3)}&dn=inner`],
		[
			'a title and a .torrent link',
			`<title>  A   \n title </title><base href="https://cdn.example/f/"><a href="a.torrent"> A  file </a>`
		],
		[
			'a .torrent link whose text is cut by tags',
			`<a href="/x.torrent">${`${'y  '.repeat(70)}<b>z</b>`.repeat(6)}</a>`
		],
		['no trace of either', '<html><title>Recipes</title><p>bread — été</p></html>']
	];
	it.each(small)('%s: cut at every place, and in pieces of one character', (_, text) => {
		const whole = harvestText(text);
		for (let cut = 1; cut < text.length; cut++) expect(harvestText(text, [cut])).toEqual(whole);
		expect(
			harvestText(
				text,
				Array.from(text, (_, n) => n)
			)
		).toEqual(whole);
	});

	const MB = 1024 * 1024;
	const big: [string, () => string][] = [
		[
			'a magnet longer than the longest kept',
			() => `magnet:?xt=urn:btih:${hash(4)}&dn=${'n'.repeat(MB)}&tr=udp://late.example:1`
		],
		[
			'an endless magnet:? and one after it',
			() => `magnet:?${'a'.repeat(MB)} magnet:?xt=urn:btih:${hash(5)}`
		],
		[
			'an endless run of \\u0026',
			() => `magnet:?xt=urn:btih:${hash(6)}${'\\u0026'.repeat(MB / 6)} magnet:?xt=urn:btih:${hash(7)}`
		],
		[
			'an endless encoded magnet',
			() => `magnet%3A%3F${'%25'.repeat(MB / 3)}&magnet%3A%3Fxt%3Durn%3Abtih%3A${hash(8)}`
		],
		[
			'more magnets than are kept',
			() => Array.from({ length: 2500 }, (_, n) => `magnet:?xt=urn:btih:${hash(n)}&dn=n${n}`).join('\n')
		],
		['a long title', () => `<title>${' long\n'.repeat(50_000)}</title>magnet:?xt=urn:btih:${hash(9)}`],
		[
			'a first trace within the markup held unparsed',
			() => `<title>T</title>${'<p>filler</p>'.repeat(8000)}<a href="/f.torrent">F</a>`
		],
		[
			'a first trace past the markup held unparsed',
			() => `<title>T</title>${'<p>filler</p>'.repeat(20_000)}<a href="/f.torrent">F</a>`
		],
		['a long .torrent link text', () => `<a href="/x.torrent">${'y  '.repeat(50_000)}<b>z</b></a>`]
	];
	it.each(big)('%s: at random cuts', (_, make) => {
		const text = make();
		const whole = harvestText(text);
		const near = fc.integer({ min: MAX_MAGNET_LENGTH - 8, max: MAX_MAGNET_LENGTH + 8 });
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.nat(text.length), near), { maxLength: 40 }), (cuts) => {
				expect(harvestText(text, cuts)).toEqual(whole);
			}),
			{ numRuns: 15 }
		);
		// As it comes off the wire: pieces of 16 KiB.
		expect(
			harvestText(
				text,
				Array.from({ length: text.length / 16_384 }, (_, n) => (n + 1) * 16_384)
			)
		).toEqual(whole);
	});

	it('keeps the first 64 KiB of a longer magnet, read whole or in pieces', () => {
		const { magnets } = harvestText(`magnet:?xt=urn:btih:${hash(4)}&dn=${'n'.repeat(MB)}`, [1000, 70_000]);
		expect(magnets.map((magnet) => magnet.infohash)).toEqual([hash(4)]);
		expect(harvestText(`magnet:?dn=${'n'.repeat(MAX_MAGNET_LENGTH)}&xt=urn:btih:${hash(4)}`).magnets).toEqual(
			[]
		);
	});

	it('lists the magnets of a page in the order they appear, whatever their form', () => {
		const text = `magnet%3A%3Fxt%3Durn%3Abtih%3A${hash(1)} magnet:?xt=urn:btih:${hash(2)}`;
		expect(harvestText(text, [20]).magnets.map((magnet) => magnet.infohash)).toEqual([hash(1), hash(2)]);
	});
});

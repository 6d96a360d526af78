// Hostile content against the harvester and the codecs, by property: random, assembled and mutated
// pages (real captures from ../shared/fixtures/sites, edited at random) always end in a value, never a
// throw, within size bounds; and hand-made 2 MB attacks stay within the same bounds. No input may cost
// seconds of event loop: a super-linear path would run into each test's own time limit; how long a search
// takes, harvesting included, is measured by `npm run bench`, not asserted here.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTorrent } from '#lib/server/bencode/torrent.ts';
import { extractFromPage, type PageHarvest } from '#lib/server/harvest/extract.ts';
import { parseMagnet, type Magnet } from '#lib/server/magnet/magnet.ts';
import { ResultSet } from '#lib/server/search/merge.ts';
import { FIXTURES_DIR, hasFixtures, readFixture } from '../fake-web/fake-web.ts';

const PAGE = 'https://site.example/torrent/1';
const MAX_MAGNETS = 2000;
const MAX_TORRENT_LINKS = 50;
const MAX_NAME = 1024;

const hash = (i: number) => i.toString(16).padStart(40, '0');

function checkMagnet(magnet: Magnet): void {
	expect(magnet.infohash === null || /^[0-9a-f]{40}$/.test(magnet.infohash)).toBe(true);
	expect(magnet.btmh === null || /^[0-9a-f]{64}$/.test(magnet.btmh)).toBe(true);
	expect(magnet.infohash ?? magnet.btmh).not.toBeNull();
	expect((magnet.name ?? '').length).toBeLessThanOrEqual(MAX_NAME);
	expect(magnet.trackers.length).toBeLessThanOrEqual(200);
	for (const tracker of magnet.trackers) expect(tracker.length).toBeLessThanOrEqual(2048);
	expect(magnet.size === null || Number.isSafeInteger(magnet.size)).toBe(true);
}

/** Runs the harvester on one page and checks every bound of what it returns. */
function harvestBounded(body: string): PageHarvest {
	const harvest = extractFromPage(body, PAGE);
	expect(harvest.magnets.length).toBeLessThanOrEqual(MAX_MAGNETS);
	expect(harvest.torrentLinks.length).toBeLessThanOrEqual(MAX_TORRENT_LINKS);
	expect((harvest.title ?? '').length).toBeLessThanOrEqual(MAX_NAME);
	for (const magnet of harvest.magnets) checkMagnet(magnet);
	for (const link of harvest.torrentLinks) {
		expect(new URL(link.url).protocol).toMatch(/^https?:$/);
		expect((link.name ?? '').length).toBeLessThanOrEqual(MAX_NAME);
	}
	return harvest;
}

/** Pieces real pages are made of, so random pages reach the parser's interesting paths. */
const FRAGMENTS = [
	'<a href="',
	'">',
	'</a>',
	'<title>',
	'</title>',
	'<base href="',
	'<script>',
	'</script>',
	'<textarea>',
	'<pre>',
	'magnet:?',
	'magnet%3A%3F',
	'xt=urn:btih:',
	'xt=urn:btmh:1220',
	hash(1),
	hash(2).toUpperCase(),
	'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U',
	'&dn=',
	'&amp;',
	'\\u0026',
	'\\/',
	'&tr=udp%3A%2F%2Ftracker.example%3A1337',
	'&xl=',
	'99999999999999999999',
	'.torrent',
	'/download/',
	'http://',
	'https://a.example/',
	'javascript:alert(1)',
	'%',
	'%zz',
	'\u0000',
	'\u202e',
	'"',
	"'",
	'<',
	'>',
	' ',
	'\n',
	'{"magnet":"',
	'&#x6d;agnet:?'
];
const soup = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 120 }).map((parts) => parts.join(''));

describe('extractFromPage on hostile pages', () => {
	it('ends in a bounded value on random text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (body) => {
				harvestBounded(body);
			}),
			{ numRuns: 1000 }
		);
	});

	it('ends in a bounded value on pages assembled from the pieces of real ones', () => {
		fc.assert(
			fc.property(soup, soup, (head, tail) => {
				harvestBounded(`${head}magnet:?xt=urn:btih:${hash(7)}${tail}`);
			}),
			{ numRuns: 2000 }
		);
	});

	const sites = hasFixtures ? readdirSync(`${FIXTURES_DIR}sites`) : [];
	it.skipIf(!hasFixtures).each(sites)('ends in a bounded value on randomly edited copies of %s', (name) => {
		const original = readFixture(`sites/${name}`).toString('utf8');
		const edit = fc.oneof(
			fc.record({ kind: fc.constant('insert' as const), at: fc.nat(original.length), text: soup }),
			fc.record({ kind: fc.constant('delete' as const), at: fc.nat(original.length), length: fc.nat(5000) }),
			fc.record({
				kind: fc.constant('repeat' as const),
				at: fc.nat(original.length),
				length: fc.nat(2000),
				times: fc.integer({ min: 2, max: 50 })
			}),
			fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(original.length) })
		);
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
				let body = original;
				for (const change of edits) {
					const at = Math.min(change.at, body.length);
					if (change.kind === 'insert') body = body.slice(0, at) + change.text + body.slice(at);
					else if (change.kind === 'delete') body = body.slice(0, at) + body.slice(at + change.length);
					else if (change.kind === 'repeat')
						body =
							body.slice(0, at) + body.slice(at, at + change.length).repeat(change.times) + body.slice(at);
					else body = body.slice(0, at);
				}
				harvestBounded(body);
			}),
			{ numRuns: 60 }
		);
	});

	const MB2 = 2 * 1024 * 1024;
	const attacks: [string, () => string][] = [
		[
			'100 000 magnets',
			() =>
				Array.from(
					{ length: 100_000 },
					(_, i) => `<a href="magnet:?xt=urn:btih:${hash(i)}&dn=n${i}">m</a>`
				).join('\n')
		],
		['100 000 .torrent anchors', () => '<a href="/x.torrent">x</a>'.repeat(100_000)],
		['a 2 MB title', () => `<title>${'t'.repeat(MB2)}</title><a href="magnet:?xt=urn:btih:${hash(1)}">x</a>`],
		['a 2 MB dn', () => `magnet:?xt=urn:btih:${hash(4)}&dn=${'n'.repeat(MB2)}`],
		['2 MB after magnet:?', () => `magnet:?${'a'.repeat(MB2)}`],
		['a run of \\u0026', () => `magnet:?xt=urn:btih:${hash(1)}${'\\u0026'.repeat(MB2 / 6)}`],
		['a run of \\/', () => `magnet:?xt=urn:btih:${hash(1)}${'\\/'.repeat(MB2 / 2)}`],
		['a run of trackers', () => `magnet:?xt=urn:btih:${hash(2)}${'&tr=udp://a.example:1/'.repeat(MB2 / 22)}`],
		['a run of &amp;', () => `magnet:?xt=urn:btih:${hash(3)}${'&amp;amp;'.repeat(MB2 / 9)}`],
		['a run of %25', () => `magnet%3A%3F${'%25'.repeat(MB2 / 3)}`],
		['an unclosed anchor of 2 MB', () => `<a href="/x.torrent">${'y'.repeat(MB2)}`],
		['nested tags', () => '<div>'.repeat(MB2 / 5) + `magnet:?xt=urn:btih:${hash(9)}`],
		['nested anchors', () => '<a href="/x.torrent">'.repeat(MB2 / 21)],
		['bare anchors', () => '<a>'.repeat(MB2 / 3)],
		['nested svg', () => '<svg>'.repeat(MB2 / 5)],
		['unmatched closing tags', () => '<div>'.repeat(1000) + '</q>'.repeat(MB2 / 4)]
	];
	it.each(attacks)('reads %s within the bounds', (_, make) => {
		const harvest = harvestBounded(make());
		expect(harvest).toBeDefined();
	});

	it('keeps at most 2000 magnets of a page of 100 000, the first ones', () => {
		const body = Array.from({ length: 100_000 }, (_, i) => `magnet:?xt=urn:btih:${hash(i)}`).join('\n');
		const { magnets } = harvestBounded(body);
		expect(magnets).toHaveLength(MAX_MAGNETS);
		expect(magnets[0]?.infohash).toBe(hash(0));
	});

	it('names a lone magnet from a title no longer than a name may be', () => {
		const { title } = harvestBounded(
			`<title>${'long '.repeat(100_000)}</title>magnet:?xt=urn:btih:${hash(5)}`
		);
		expect(title?.length).toBe(MAX_NAME);
	});
});

describe('merged results', () => {
	it('name a result no longer than a magnet name may be, whatever a source claimed', () => {
		const results = new ResultSet();
		const merged = results.add(
			{ infohash: hash(8), name: `${'n'.repeat(1_000_000)}` },
			{ engine: 'x', page: null }
		);
		expect(merged?.name?.length).toBe(MAX_NAME);
		expect(merged?.magnet.length).toBeLessThan(4 * MAX_NAME);
	});
});

describe('parseMagnet bounds', () => {
	it('returns null or a magnet within every bound, whatever the parameters', () => {
		const value = fc.oneof(fc.string({ unit: 'binary', maxLength: 3000 }), soup);
		const param = fc.tuple(fc.constantFrom('xt', 'dn', 'tr', 'xl', 'ws', 'xt.1', 'DN', 'x'), value);
		fc.assert(
			fc.property(fc.array(param, { maxLength: 300 }), (params) => {
				const link = `magnet:?xt=urn:btih:${hash(3)}&${params.map(([k, v]) => `${k}=${v}`).join('&')}`;
				const magnet = parseMagnet(link);
				if (magnet) checkMagnet(magnet);
			}),
			{ numRuns: 300 }
		);
	});
});

/** Just enough bencode to write structures readTorrent must survive. */
type Bencodable = number | string | Bencodable[] | { [key: string]: Bencodable };
function bencode(value: Bencodable): string {
	if (typeof value === 'number') return `i${value}e`;
	if (typeof value === 'string') return `${Buffer.byteLength(value)}:${value}`;
	if (Array.isArray(value)) return `l${value.map(bencode).join('')}e`;
	const keys = Object.keys(value).sort();
	return `d${keys.map((key) => bencode(key) + bencode(value[key] as Bencodable)).join('')}e`;
}

describe('readTorrent on well-formed bencode of the wrong shape', () => {
	it('answers ok or a reason, never throws, for any tree with torrent keys', () => {
		const key = fc.constantFrom(
			'info',
			'name',
			'name.utf-8',
			'length',
			'files',
			'path',
			'path.utf-8',
			'pieces',
			'piece length',
			'announce',
			'announce-list',
			'meta version',
			'file tree',
			'attr',
			''
		);
		const { tree } = fc.letrec((tie) => ({
			tree: fc.oneof(
				{ depthSize: 'small', withCrossShrink: true },
				fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
				fc.string({ maxLength: 40 }),
				fc.array(tie('tree'), { maxLength: 4 }),
				fc.dictionary(key, tie('tree'), { maxKeys: 5 })
			)
		}));
		fc.assert(
			fc.property(fc.dictionary(key, tree, { maxKeys: 5 }), tree, (top, info) => {
				const read = readTorrent(Buffer.from(bencode({ ...top, info: info as Bencodable } as Bencodable)));
				if (read.ok) {
					expect(read.value.infohash).toMatch(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/);
					expect(Number.isSafeInteger(read.value.size) && read.value.size >= 0).toBe(true);
				} else expect(read.error).toEqual(expect.any(String));
			}),
			{ numRuns: 3000 }
		);
	});
});

// Hostile values, generated: arbitrary Unicode with lone surrogates, NUL, bidi and control marks, markup,
// and huge or odd numbers, fed to every engine parser, the harvester, the .torrent and magnet readers and
// the Torznab and Stremio writers. Nothing throws out of its layer, and nothing is lost beyond the bad item.
// Runs are bounded (a few dozen cases a property) so the suite stays quick on a busy 2-core machine.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ENGINE_IDS } from '#lib/engine-ids.ts';
import type { Result } from '#lib/search-events.ts';
import { readTorrent } from '#lib/server/bencode/torrent.ts';
import { sampleAnswer } from '#lib/server/engines/engine-samples.ts';
import { getEngine } from '#lib/server/engines/index.ts';
import { buildStreams } from '#lib/server/formats/stremio.ts';
import { toTorznabItems, torznabFeed } from '#lib/server/formats/torznab.ts';
import { extractFromPage } from '#lib/server/harvest/extract.ts';
import { buildMagnet, magnetKey, parseMagnet } from '#lib/server/magnet/magnet.ts';

const RUNS = { numRuns: 40 };

const MARKS = [
	'\ud800',
	'\udfff',
	'\udc00\ud800',
	'\0',
	'\u202e',
	'\u2066',
	'\u200f',
	'\ufeff',
	'\x1b[31m',
	'\r\n'
];
const MARKUP = ['<', '>', '&', '"', "'", ']]>', '</a>', '<script>', '%', '%E0%A4', '&#xD800;', '\\u0000'];

/** Text as hostile as a stranger's upload can make it. */
const hostileText = fc
	.array(
		fc.oneof(
			fc.constantFrom(...MARKS, ...MARKUP),
			fc.string({ unit: 'grapheme', maxLength: 8 }),
			fc.string({ unit: 'binary', maxLength: 8 }),
			// Any UTF-16 code unit, lone surrogates included.
			fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit))
		),
		{ minLength: 1, maxLength: 12 }
	)
	.map((parts) => parts.join(''));

const hugeNumber = fc.oneof(
	fc.constantFrom(1e308, -1, 2 ** 53 + 2, Number.MAX_VALUE, 0, -0, 1.5),
	fc.double({ noNaN: true }),
	fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String)
);

const infohash = fc
	.uint8Array({ minLength: 20, maxLength: 20 })
	.map((bytes) => Buffer.from(bytes).toString('hex'));

/** JSON text with a lone surrogate escaped as indexes send it (JSON.stringify would escape it the same). */
const json = (value: unknown) => JSON.stringify(value);

function wellFormed(value: unknown): boolean {
	return json(value).isWellFormed() && !/\\ud[89a-f][0-9a-f]{2}/i.test(json(value));
}

describe('every engine parser', () => {
	const bodies = fc.oneof(
		hostileText,
		fc.json(),
		hostileText.map((text) => `<html><body><a href="https://site.example/${text}">${text}</a></body></html>`),
		fc
			.tuple(infohash, hostileText)
			.map(([hash, text]) => `<a href="magnet:?xt=urn:btih:${hash}&dn=${text}">${text}</a>`)
	);

	it.each(ENGINE_IDS)('%s reads any answer without throwing', (id) => {
		const engine = getEngine(id);
		fc.assert(
			fc.property(bodies, fc.constantFrom(200, 404, 429, 500), (body, status) => {
				const outcome = engine.parse(sampleAnswer('http://127.0.0.1:9/', { body, status }));
				expect(['links', 'sightings', 'blocked', 'error']).toContain(outcome.kind);
				expect(wellFormed(outcome)).toBe(true);
			}),
			{ numRuns: 25 }
		);
	});

	it('apibay keeps every good row whatever the names and numbers, and only the bad rows go', () => {
		const good = fc.record({ hash: infohash, name: hostileText, size: hugeNumber, seeders: hugeNumber });
		const row = fc.oneof(
			good.map((value) => ({ good: true as const, ...value })),
			fc
				.record({ hash: infohash, name: fc.constantFrom(null, 42, {}) })
				.map((value) => ({ good: false as const, ...value, size: 1, seeders: 1 }))
		);
		fc.assert(
			fc.property(
				fc.array(row, { minLength: 1, maxLength: 20 }).filter((rows) => rows.some((r) => r.good)),
				(rows) => {
					const body = json(
						rows.map((r, i) => ({
							id: String(i + 1),
							name: r.name,
							info_hash: r.hash.toUpperCase(),
							size: r.size,
							seeders: r.seeders,
							leechers: '0',
							added: '1700000000'
						}))
					);
					const outcome = getEngine('apibay').parse(sampleAnswer('http://127.0.0.1:9/', { body }));
					expect(outcome.kind).toBe('sightings');
					if (outcome.kind !== 'sightings') return;
					// Counts an index cannot have (negative, fractional beyond a round, huge) may drop their row
					// at the schema; a name never does.
					const kept = new Set(outcome.sightings.map((s) => s.infohash));
					for (const r of rows) {
						const countsFine = [r.size, r.seeders].every(
							(n) => typeof n === 'string' || (Number.isFinite(n) && n >= 0)
						);
						if (r.good && countsFine) expect(kept).toContain(r.hash);
						if (!r.good) expect(kept).not.toContain(r.hash);
					}
					expect(wellFormed(outcome)).toBe(true);
				}
			),
			RUNS
		);
	});

	it('torrents-csv keeps every good row whatever the names', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.record({ infohash, name: hostileText }), {
					minLength: 1,
					maxLength: 20,
					selector: (r) => r.infohash
				}),
				(rows) => {
					const body = json({
						torrents: [
							...rows.map((r) => ({ ...r, size_bytes: 1, seeders: 1, leechers: 1 })),
							{ infohash: 'bad', name: null }
						]
					});
					const outcome = getEngine('torrents-csv').parse(sampleAnswer('http://127.0.0.1:9/', { body }));
					expect(outcome.kind).toBe('sightings');
					if (outcome.kind === 'sightings')
						expect(outcome.sightings.map((s) => s.infohash).sort()).toEqual(
							rows.map((r) => r.infohash).sort()
						);
					expect(wellFormed(outcome)).toBe(true);
				}
			),
			RUNS
		);
	});
});

describe('the harvester', () => {
	it('finds every magnet on a hostile page, whatever surrounds it or its name says', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.tuple(infohash, hostileText), {
					minLength: 1,
					maxLength: 10,
					selector: ([h]) => h
				}),
				hostileText,
				(magnets, noise) => {
					const links = magnets
						.map(
							([hash, name]) =>
								`<p>${noise}</p><a href="magnet:?xt=urn:btih:${hash}&amp;dn=${encodeURIComponent(name.toWellFormed())}">${name}</a>`
						)
						.join('\n');
					const harvest = extractFromPage(
						`<html><head><title>${noise}</title></head><body>${links}</body></html>`,
						'https://site.example/post'
					);
					const found = new Set(harvest.magnets.map((magnet) => magnetKey(magnet)));
					for (const [hash] of magnets) expect(found).toContain(hash);
					for (const magnet of harvest.magnets) expect(() => buildMagnet(magnet)).not.toThrow();
				}
			),
			RUNS
		);
	});

	it('reads any text as a page without throwing', () => {
		fc.assert(
			fc.property(hostileText, (text) => {
				expect(() => extractFromPage(text, 'https://site.example/')).not.toThrow();
			}),
			RUNS
		);
	});
});

describe('the magnet reader', () => {
	it('reads any text without throwing, and what it reads can be written again', () => {
		fc.assert(
			fc.property(infohash, hostileText, hostileText, (hash, name, tracker) => {
				for (const text of [
					`magnet:?xt=urn:btih:${hash}&dn=${name}&tr=${tracker}`,
					`magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(name.toWellFormed())}&tr=udp://${tracker}`,
					name
				]) {
					const parsed = parseMagnet(text);
					if (text !== name) expect(parsed && magnetKey(parsed)).toBe(hash);
					if (parsed) expect(buildMagnet(parsed).isWellFormed()).toBe(true);
				}
				// A name straight from a hostile index (not percent-decoded, lone surrogates and all).
				expect(buildMagnet({ infohash: hash, name, trackers: [tracker] }).isWellFormed()).toBe(true);
			}),
			RUNS
		);
	});
});

/** Bencode, enough to write a .torrent: strings are bytes (any, invalid UTF-8 included). */
function bencode(value: unknown): Buffer {
	if (typeof value === 'number') return Buffer.from(`i${value}e`);
	if (value instanceof Uint8Array) return Buffer.concat([Buffer.from(`${value.length}:`), value]);
	if (typeof value === 'string') return bencode(Buffer.from(value));
	if (Array.isArray(value)) return Buffer.concat([Buffer.from('l'), ...value.map(bencode), Buffer.from('e')]);
	const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
	return Buffer.concat([
		Buffer.from('d'),
		...entries.flatMap(([k, v]) => [bencode(k), bencode(v)]),
		Buffer.from('e')
	]);
}

describe('the .torrent reader', () => {
	it('reads a torrent whose names are any bytes, or says why not, never throwing', () => {
		const bytes = fc.oneof(
			hostileText.map((text) => Buffer.from(text)),
			fc.uint8Array({ maxLength: 40 })
		);
		fc.assert(
			fc.property(
				bytes,
				fc.array(bytes, { maxLength: 4 }),
				fc.bigInt({ min: 0n, max: 10n ** 20n }),
				(name, path, length) => {
					const torrent = bencode({
						announce: 'udp://tracker.example:1337',
						info: {
							name,
							'piece length': 16384,
							pieces: randomBytes(20),
							files: [{ length: Number(length % 10n ** 15n), path: path.length ? path : [Buffer.from('a')] }]
						}
					});
					const read = readTorrent(torrent);
					if (read.ok) expect(wellFormed({ name: read.value.name, files: read.value.files })).toBe(true);
					expect(() => readTorrent(torrent.subarray(0, torrent.length >> 1))).not.toThrow();
				}
			),
			RUNS
		);
	});

	it('reads any bytes without throwing', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 200 }),
				(bytes) => void expect(readTorrent(bytes).ok).toBeTypeOf('boolean')
			),
			RUNS
		);
	});
});

function result(hash: string, name: string | null, size: number | null, seeders: number | null): Result {
	return {
		infohash: hash,
		name,
		magnet: buildMagnet({ infohash: hash, name }),
		trackers: ['udp://tracker.example:1337'],
		size,
		seeders,
		leechers: seeders,
		files: null,
		sources: [{ engine: 'apibay', page: `https://site.example/${name}` }],
		release: null
	};
}

const results = fc.uniqueArray(
	fc.tuple(
		infohash,
		fc.option(hostileText),
		fc.option(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })),
		fc.option(fc.nat())
	),
	{ maxLength: 15, selector: ([hash]) => hash }
);

describe('the writers', () => {
	it('Torznab writes well-formed XML with every result as an item, whatever the names', () => {
		fc.assert(
			fc.property(results, hostileText, (rows, query) => {
				const items = toTorznabItems(
					rows.map(([h, n, s, p]) => result(h, n, s, p)),
					null,
					new Date(0)
				);
				const xml = torznabFeed(items, {
					origin: 'http://127.0.0.1',
					self: `http://127.0.0.1/torznab/api?q=${query}`,
					description: query
				});
				expect(XMLValidator.validate(xml)).toBe(true);
				const parsed = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml);
				expect(parsed.rss.channel.item?.length ?? 0).toBe(rows.length);
				expect(xml.isWellFormed()).toBe(true);
			}),
			RUNS
		);
	});

	it('Stremio writes well-formed JSON streams, whatever the names', () => {
		fc.assert(
			fc.property(results, (rows) => {
				const streams = buildStreams(
					rows.map(([h, n, s, p]) => result(h, n === null ? null : `Fakenet Open ${n}`, s, p)),
					{ type: 'movie', imdbId: 'tt0000001' },
					{ name: 'Fakenet Open', year: null, source: 'cinemeta' }
				);
				expect(wellFormed(streams)).toBe(true);
				expect(streams.length).toBeLessThanOrEqual(rows.length);
			}),
			RUNS
		);
	});
});

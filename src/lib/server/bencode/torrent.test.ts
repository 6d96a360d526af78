// readTorrent on real .torrent files (checked against parse-torrent), v2 and hybrid layouts, and abuse.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import parseTorrent from 'parse-torrent';
import fixtures from 'webtorrent-fixtures';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, hasFixtures } from '#tests/fake-web/fake-web.ts';
import { MAX_FILES, MAX_TORRENT_BYTES, readTorrent, type TorrentInfo } from './torrent.ts';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const sha1 = (text: string) => createHash('sha1').update(bytes(text)).digest('hex');
const sha256 = (text: string) => createHash('sha256').update(bytes(text)).digest('hex');

function torrentOf(input: Uint8Array): TorrentInfo {
	const read = readTorrent(input);
	if (!read.ok) throw new Error(`unexpected refusal: ${read.error}`);
	return read.value;
}

function refusal(input: Uint8Array): string {
	const read = readTorrent(input);
	if (read.ok) throw new Error('read a torrent that should have been refused');
	return read.error;
}

// From ../shared/fixtures/SOURCES.md, where they were computed independently of this code.
const KNOWN = [
	['archive-multifile.torrent', 'e2720161ff77b42e61d15f4958134debae8d0a96', 'principleofrelat00eins'],
	[
		'lucky-ethel.torrent',
		'a73bae11679048b916457363917a3ce5ea8a287e',
		'Lucky.2026.S01E02.1080p.WEB.h264-ETHEL[EZTVx.to].mkv'
	],
	[
		'silo-cakes.torrent',
		'93a8760c99f346fb9e24bada88b113397423e348',
		'silo.s03e04.1080p.web.h264-cakes[EZTVx.to].mkv'
	],
	['ubuntu-desktop.torrent', 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7', 'ubuntu-24.04.3-desktop-amd64.iso']
] as const;

const captured = hasFixtures
	? readdirSync(`${FIXTURES_DIR}torrents`).map(
			(file) => [file, readFileSync(`${FIXTURES_DIR}torrents/${file}`)] as const
		)
	: [];
const packaged = Object.entries(fixtures)
	.filter(([, fixture]) => fixture.parsedTorrent)
	.map(([name, fixture]) => [name, fixture.torrent] as const);

describe('real torrents', () => {
	it.skipIf(!hasFixtures).each(KNOWN)(
		'%s has the infohash and name listed in SOURCES.md',
		(file, hash, name) => {
			const torrent = torrentOf(readFileSync(`${FIXTURES_DIR}torrents/${file}`));
			expect(torrent.infohash).toBe(hash);
			expect(torrent.name).toBe(name);
			expect(torrent.btmh).toBeNull();
		}
	);

	it.skipIf(!hasFixtures)('covers every captured torrent', () => {
		expect(captured.map(([file]) => file).sort()).toEqual(KNOWN.map(([file]) => file).sort());
	});

	it.each([...captured, ...packaged])('%s reads as parse-torrent reads it', async (_, input) => {
		const ours = torrentOf(input);
		const theirs = await parseTorrent(input);
		expect(ours.infohash).toBe(theirs.infoHash);
		expect(ours.name).toBe(theirs.name);
		expect(ours.size).toBe(theirs.length);
		expect(ours.trackers).toEqual(theirs.announce);
		expect(ours.files).toEqual(theirs.files.map(({ path, length }) => ({ path, length })));
	});

	it.skipIf(!hasFixtures)('reads the trackers and the 23 files of a multi-file torrent', () => {
		const torrent = torrentOf(readFileSync(`${FIXTURES_DIR}torrents/archive-multifile.torrent`));
		expect(torrent.trackers).toEqual([
			'http://bt1.archive.org:6969/announce',
			'http://bt2.archive.org:6969/announce'
		]);
		expect(torrent.files).toHaveLength(23);
		expect(torrent.size).toBe(198588270);
	});

	it('reads a torrent without a name (which parse-torrent refuses) for its infohash', () => {
		const torrent = torrentOf(fixtures.corrupt?.torrent ?? new Uint8Array());
		expect(torrent).toMatchObject({ name: null, size: 362017, files: [{ path: '', length: 362017 }] });
		expect(torrent.infohash).toMatch(/^[0-9a-f]{40}$/);
	});
});

/** Bencodes test data in the order written (strings are latin1, so `\xff` is one byte). */
function be(value: unknown): string {
	if (typeof value === 'number') return `i${value}e`;
	if (typeof value === 'string') return `${value.length}:${value}`;
	if (Array.isArray(value)) return `l${value.map(be).join('')}e`;
	return `d${Object.entries(value as object)
		.map(([key, item]) => be(key) + be(item))
		.join('')}e`;
}

const pieces = 'x'.repeat(20);
const root = 'r'.repeat(32);

describe('synthetic layouts', () => {
	it('hashes the info bytes as they are, even with keys out of order', () => {
		const info = be({ name: 'a', length: 5, 'piece length': 16384, pieces });
		const sorted = be({ length: 5, name: 'a', 'piece length': 16384, pieces });
		const torrent = torrentOf(bytes(`d8:announce${be('udp://t.example:1/a')}4:info${info}e`));
		expect(torrent.infohash).toBe(sha1(info));
		expect(torrent.infohash).not.toBe(sha1(sorted));
		expect(torrent).toMatchObject({ name: 'a', size: 5, trackers: ['udp://t.example:1/a'] });
	});

	it('prefers name.utf-8 and path.utf-8, and replaces bytes that are not UTF-8', () => {
		const file = { length: 3, path: ['\xe9'], 'path.utf-8': ['\xc3\xa9.'] };
		const info = { files: [file], name: '\xff\xfeab', 'name.utf-8': 'caf\xc3\xa9!', pieces };
		expect(torrentOf(bytes(be({ info })))).toMatchObject({
			name: 'café!',
			files: [{ path: 'café!/é.', length: 3 }]
		});
		const latin = torrentOf(bytes(be({ info: { length: 1, name: '\xff\xfeab', pieces } })));
		expect(latin.name).toBe('\ufffd\ufffdab');
	});

	it('merges announce-list tiers and announce, keeping only tracker URLs, each once', () => {
		const tiers = [
			['udp://a.example:1/a', 'udp://b.example:2/b'],
			['http://a.example/ann', 'junk!']
		];
		const info = { length: 1, pieces };
		const torrent = torrentOf(bytes(be({ announce: 'wss://c.example/ws/', 'announce-list': tiers, info })));
		expect(torrent.trackers).toEqual([
			'udp://a.example:1/a',
			'udp://b.example:2/b',
			'http://a.example/ann',
			'wss://c.example/ws/'
		]);
		const repeated = be({ announce: 'udp://a.example:1/a', 'announce-list': tiers, info });
		expect(torrentOf(bytes(repeated)).trackers).toHaveLength(3);
	});

	it('leaves BEP 47 padding files out of files and size', () => {
		const files = [
			{ length: 3, path: ['a'] },
			{ attr: 'p', length: 13, path: ['.pad', '13'] },
			{ length: 4, path: ['b'] }
		];
		const torrent = torrentOf(bytes(be({ info: { files, name: 'd', pieces } })));
		expect(torrent.files).toEqual([
			{ path: 'd/a', length: 3 },
			{ path: 'd/b', length: 4 }
		]);
		expect(torrent.size).toBe(7);
	});

	it('keys a v2-only torrent by its SHA-256 and reads its file tree', () => {
		const leaf = (length: number) => ({ '': { length, 'pieces root': root } });
		const tree = { sub: { 'b.txt': leaf(7) }, 'a.txt': leaf(5) };
		const info = be({ 'file tree': tree, 'meta version': 2, name: 'dir', 'piece length': 16384 });
		const torrent = torrentOf(bytes(`d4:info${info}e`));
		expect(torrent.btmh).toBe(sha256(info));
		expect(torrent.infohash).toBe(torrent.btmh);
		expect(torrent.files).toEqual([
			{ path: 'dir/sub/b.txt', length: 7 },
			{ path: 'dir/a.txt', length: 5 }
		]);
		expect(torrent.size).toBe(12);
	});

	it('gives a hybrid torrent both hashes of the same info bytes', () => {
		const tree = { a: { '': { length: 5, 'pieces root': root } } };
		const info = be({ 'file tree': tree, length: 5, 'meta version': 2, name: 'a', pieces });
		const torrent = torrentOf(bytes(`d4:info${info}e`));
		expect(torrent).toMatchObject({ infohash: sha1(info), btmh: sha256(info), size: 5 });
	});
});

describe('malformed and hostile input', () => {
	it('refuses what is not a torrent', () => {
		expect(refusal(bytes('i1e'))).toBe('no info dictionary');
		expect(refusal(bytes('d4:infoi1ee'))).toBe('no info dictionary');
		expect(refusal(bytes('d4:infod4:name1:aee'))).toBe('info has neither length nor files');
		expect(refusal(bytes('d4:infod6:lengthi-1eee'))).toBe('info has no valid length');
		expect(refusal(bytes('<html>Not found</html>'))).toMatch(/^unexpected byte 0x3c at byte 0/);
		expect(refusal(bytes('d4:infod5:filesi1eee'))).toBe('info.files is not a list');
		expect(refusal(bytes('d4:infod5:filesld6:lengthi1eeeee'))).toBe('info.files[0] has no path');
	});

	it('refuses input over 16 MiB without reading it', () => {
		expect(refusal(new Uint8Array(MAX_TORRENT_BYTES + 1))).toMatch(/larger than/);
	});

	it('refuses an absurd file count', () => {
		const file = 'd6:lengthi1e4:pathl1:aee';
		expect(refusal(bytes(`d4:infod5:filesl${file.repeat(MAX_FILES + 1)}e4:name1:xee`))).toMatch(/more than/);
	});

	it('refuses sizes that do not add up to a safe integer', () => {
		const big = `d6:lengthi${Number.MAX_SAFE_INTEGER}e4:pathl1:aee`;
		expect(refusal(bytes(`d4:infod5:filesl${big}${big}e4:name1:xee`))).toBe('total size out of range');
	});

	it('answers {ok:false} for every truncation of a real torrent', () => {
		const whole = fixtures.numbers?.torrent ?? new Uint8Array();
		for (let end = 0; end < whole.length; end++) expect(readTorrent(whole.subarray(0, end)).ok).toBe(false);
	});

	it('never throws on corrupted bytes of a real torrent', () => {
		const whole = fixtures.lotsOfNumbers?.torrent ?? new Uint8Array();
		const edit = fc.record({ at: fc.nat(whole.length - 1), byte: fc.integer({ min: 0, max: 255 }) });
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
				const copy = Uint8Array.from(whole);
				for (const { at, byte } of edits) copy[at] = byte;
				expect(typeof readTorrent(copy).ok).toBe('boolean');
			}),
			{ numRuns: 3000 }
		);
	});
});

// Harvesting one result link over real HTTP on loopback: pages, result links that are .torrent files, and
// pages past the 2 MiB cap.
import { gzipSync } from 'node:zlib';
import parseTorrent from 'parse-torrent';
import fixtures from 'webtorrent-fixtures';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { closeEgress, LIMITS } from '#lib/server/egress/index.ts';
import { harvestPage } from './harvest-page.ts';

vi.mock('#lib/server/config.ts', () => import('#tests/loopback-config.ts'));

const hash = (n: number) => n.toString(16).padStart(40, '0');
const budget = () => ({ signal: new AbortController().signal });
let web: FakeWeb;

beforeAll(async () => {
	web = await startFakeWeb();
});
afterAll(async () => {
	await closeEgress();
	await web.close();
});

describe('harvestPage', () => {
	it('decodes a result link that is a .torrent file into its magnet', async () => {
		const { torrent } = fixtures.leaves!;
		const theirs = await parseTorrent(torrent);
		web.route('/download/123.torrent', {
			body: Buffer.from(torrent),
			headers: { 'content-type': 'application/x-bittorrent' }
		});
		const outcome = await harvestPage(`${web.url}/download/123.torrent`, budget());
		expect(outcome).toEqual({
			ok: true,
			value: [expect.objectContaining({ infohash: theirs.infoHash, name: theirs.name })]
		});
	});

	it('decodes a .torrent served as octet-stream from a link without the extension', async () => {
		const { torrent } = fixtures.alice!;
		const theirs = await parseTorrent(torrent);
		web.route('/get', {
			body: Buffer.from(torrent),
			headers: { 'content-type': 'application/octet-stream' }
		});
		const outcome = await harvestPage(`${web.url}/get?id=9`, budget());
		expect(outcome.ok && outcome.value.map((sighting) => sighting.infohash)).toEqual([theirs.infoHash]);
	});

	it('decodes a .torrent a server mislabels as text', async () => {
		const { torrent } = fixtures.numbers!;
		const theirs = await parseTorrent(torrent);
		web.route('/file', { body: Buffer.from(torrent), headers: { 'content-type': 'text/plain' } });
		const outcome = await harvestPage(`${web.url}/file`, budget());
		expect(outcome.ok && outcome.value.map((sighting) => sighting.infohash)).toEqual([theirs.infoHash]);
	});

	it('reports a binary download that is no torrent as the page error', async () => {
		web.route('/blob', {
			body: Buffer.alloc(1000, 7),
			headers: { 'content-type': 'application/octet-stream' }
		});
		expect(await harvestPage(`${web.url}/blob`, budget())).toEqual({
			ok: false,
			error: 'not a readable .torrent file'
		});
	});

	it('still reads an HTML page reached through a .torrent link', async () => {
		web.route('/landing.torrent', { body: `<a href="magnet:?xt=urn:btih:${hash(5)}&dn=five">get</a>` });
		const outcome = await harvestPage(`${web.url}/landing.torrent`, budget());
		expect(outcome.ok && outcome.value.map((sighting) => sighting.infohash)).toEqual([hash(5)]);
	});

	it('harvests a page that arrives in small pieces, its magnet and title cut between them', async () => {
		const body = `<title>A   slow\n page</title>${'<p>row</p>'.repeat(40)}<a href="magnet:?xt=urn:btih:${hash(3)}&amp;tr=udp://t.example:1">m</a>`;
		web.route('/trickle', { body, trickleMs: 1 });
		web.route('/gzip', { body: gzipSync(body), headers: { 'content-encoding': 'gzip' } });
		for (const path of ['/trickle', '/gzip']) {
			const outcome = await harvestPage(`${web.url}${path}`, budget());
			expect(outcome).toEqual({
				ok: true,
				value: [
					expect.objectContaining({ infohash: hash(3), name: 'A slow page', trackers: ['udp://t.example:1'] })
				]
			});
		}
	});

	it('yields the magnets before the cap of a page longer than 2 MiB, and none after it', async () => {
		const before = `<a href="magnet:?xt=urn:btih:${hash(1)}&dn=top">top</a>`;
		const after = `<a href="magnet:?xt=urn:btih:${hash(2)}&dn=bottom">bottom</a>`;
		const filler = `<p>${'row '.repeat(LIMITS.page / 4)}</p>`;
		web.route('/long-listing', { body: before + filler + after });
		const outcome = await harvestPage(`${web.url}/long-listing`, budget());
		expect(outcome.ok && outcome.value.map((sighting) => sighting.infohash)).toEqual([hash(1)]);
	});
});

import { randomUUID } from 'node:crypto';
import { getHeapSnapshot } from 'node:v8';
import { describe, expect, it } from 'vitest';
import parseMagnetUri from 'magnet-uri';
import { ResultSet } from './merge.ts';

/** Whether any string on the heap (after the full collection a snapshot starts with) contains `text`. */
async function heapHolds(text: string): Promise<boolean> {
	let tail = '';
	for await (const chunk of getHeapSnapshot()) {
		const window = tail + String(chunk);
		if (window.includes(text)) return true;
		tail = window.slice(-text.length);
	}
	return false;
}

const hash = 'c9e15763f722f23e98a29decdfae341b98d53056';

describe('ResultSet', () => {
	it('merges sightings of one infohash: names, trackers, size, peers and sources', () => {
		const set = new ResultSet();
		const first = set.add(
			{ infohash: hash, trackers: ['udp://a.example:80'] },
			{ engine: 'bing', page: 'https://a/1' }
		);
		expect(first?.name).toBeNull();
		const grown = set.add(
			{
				infohash: hash.toUpperCase(),
				name: 'Cosmos',
				size: 42,
				seeders: 7,
				trackers: ['udp://b.example:80']
			},
			{ engine: 'apibay', page: null }
		);
		expect(set.size).toBe(1);
		expect(grown).toMatchObject({
			infohash: hash,
			name: 'Cosmos',
			size: 42,
			seeders: 7,
			leechers: null,
			trackers: ['udp://a.example:80', 'udp://b.example:80'],
			sources: [
				{ engine: 'bing', page: 'https://a/1' },
				{ engine: 'apibay', page: null }
			]
		});
		const magnet = parseMagnetUri(grown?.magnet ?? '');
		expect(magnet.infoHash).toBe(hash);
		expect(magnet.dn).toBe('Cosmos');
		expect(magnet.tr).toEqual(['udp://a.example:80', 'udp://b.example:80']);
	});

	it('reports nothing when a sighting teaches nothing new', () => {
		const set = new ResultSet();
		set.add({ infohash: hash, name: 'Cosmos' }, { engine: 'bing', page: 'https://a/1' });
		expect(
			set.add({ infohash: hash, name: 'Other name' }, { engine: 'bing', page: 'https://a/1' })
		).toBeNull();
	});

	it('keeps the highest peer counts and ignores nonsense ones', () => {
		const set = new ResultSet();
		set.add({ infohash: hash, seeders: 10, leechers: 3 }, { engine: 'apibay', page: null });
		const merged = set.add({ infohash: hash, seeders: -1, leechers: 5 }, { engine: 'nyaa', page: null });
		expect(merged).toMatchObject({ seeders: 10, leechers: 5 });
	});

	it('caps merged trackers so a magnet stays usable', () => {
		const set = new ResultSet();
		const trackers = Array.from({ length: 100 }, (_, i) => `udp://t${i}.example:80`);
		expect(set.add({ infohash: hash, trackers }, { engine: 'bing', page: null })?.trackers).toHaveLength(30);
	});

	it('lets the swarm replace claimed counts and fill files, size and a missing name', () => {
		const set = new ResultSet();
		set.add({ infohash: hash, seeders: 900, leechers: 5 }, { engine: 'apibay', page: null });
		expect(set.learn(hash, { seeders: 3, leechers: 1 })).toMatchObject({ seeders: 3, leechers: 1 });
		// A later sighting's claim no longer overrides what the trackers said.
		expect(set.add({ infohash: hash, seeders: 1000 }, { engine: 'knaben', page: null })).toMatchObject({
			seeders: 3
		});
		const files = [
			{ path: 'Cosmos/one.mkv', size: 10 },
			{ path: 'Cosmos/two.mkv', size: 32 }
		];
		const grown = set.learn(hash, { name: 'Cosmos', size: 42, files });
		expect(grown).toMatchObject({ name: 'Cosmos', size: 42, files });
		expect(parseMagnetUri(grown?.magnet ?? '').dn).toBe('Cosmos');
		expect(set.learn(hash, { seeders: 3, leechers: 1 })).toBeNull();
		expect(set.learn('0'.repeat(40), { seeders: 1, leechers: 1 })).toBeNull();
	});

	it('keeps no part of the page a name or a tracker was cut from', async () => {
		// A substring is a view of its parent in V8: a result must not keep a 1 MiB page alive.
		const marker = `page-${randomUUID()}`;
		const cutFrom = (page: string) => {
			const [nameAt, trackerAt] = [page.indexOf('Big'), page.indexOf('udp:')];
			return { infohash: hash, name: page.slice(nameAt, trackerAt), trackers: [page.slice(trackerAt)] };
		};
		const set = new ResultSet();
		set.add(cutFrom(`${marker} ${'x'.repeat(1 << 20)} Big Buck Bunny udp://tracker.example:80`), {
			engine: 'bing',
			page: 'https://a/1'
		});
		expect(await heapHolds(marker)).toBe(false);
		expect(set.results()[0]).toMatchObject({
			name: 'Big Buck Bunny',
			trackers: ['udp://tracker.example:80']
		});
	});

	it('reads the release of the best name once, from a sighting or from the swarm', () => {
		const set = new ResultSet();
		expect(set.add({ infohash: hash }, { engine: 'bing', page: null })?.release).toBeNull();
		const named = set.add(
			{ infohash: hash, name: 'Silo.S02E03.1080p.WEB.H264-SuccessfulCrab' },
			{ engine: 'apibay', page: null }
		);
		expect(named?.release).toMatchObject({ title: 'Silo', seasons: [2], episodes: [3], resolution: '1080p' });
		// a later sighting's other name does not replace the first, nor its release
		const again = set.add(
			{ infohash: hash, name: 'Silo S02E04 720p', seeders: 4 },
			{ engine: 'eztv', page: null }
		);
		expect(again?.release?.episodes).toEqual([3]);

		const other = 'a'.repeat(40);
		set.add({ infohash: other }, { engine: 'bing', page: null });
		const learnt = set.learn(other, {
			name: 'Dune.Part.Two.2024.2160p.UHD.BluRay.x265-GROUP',
			size: 1,
			files: []
		});
		expect(learnt?.release).toMatchObject({ year: 2024, resolution: '2160p', source: 'BluRay' });
	});
});

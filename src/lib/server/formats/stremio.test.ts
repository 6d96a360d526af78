// The Stremio face's pure parts: a manifest the protocol's linter accepts, ids as Stremio sends them, and
// results as streams (real apibay answers where they fit, synthetic names beside them for the edge cases).
import linter from 'stremio-addon-linter';
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { release } from '#tests/release-fixture.ts';
import { DEFAULT_PREFERENCES } from '#lib/preferences.ts';
import type { Result } from '#lib/search-events.ts';
import { parseRelease } from '#lib/server/release/parse-release.ts';
import {
	ADDON_ID,
	addonEngines,
	buildStreams,
	readAddonConfig,
	episodeFileIndex,
	formatSize,
	parseStreamTarget,
	streamCacheMaxAge,
	streamQueries,
	stremioManifest,
	type StreamCandidate
} from './stremio.ts';

function result(name: string | null, extra: Partial<Result> = {}): Result {
	const infohash =
		extra.infohash ??
		[...(name ?? 'x')]
			.reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)
			.toString(16)
			.padStart(8, '0')
			.repeat(5);
	return {
		infohash,
		name,
		magnet: `magnet:?xt=urn:btih:${infohash}`,
		trackers: ['udp://tracker.opentrackr.org:1337/announce'],
		size: 1_500_000_000,
		seeders: 10,
		leechers: 1,
		files: null,
		// as the search gives every result: its name read once
		release: name === null ? null : parseRelease(name),
		sources: [{ engine: 'apibay', page: null }],
		...extra
	};
}

/** An apibay `q.php` answer as the search core would give it (every value a string there). */
function apibayResults(fixture: string): Result[] {
	const rows = JSON.parse(readFixture(fixture).toString()) as Record<string, string>[];
	return rows.map((row) =>
		result(row.name!, {
			infohash: row.info_hash!.toLowerCase(),
			size: Number(row.size),
			seeders: Number(row.seeders),
			leechers: Number(row.leechers)
		})
	);
}

describe('manifest', () => {
	it('passes the protocol linter with the id existing installs know', () => {
		const manifest = stremioManifest('2.0.0', 'https://torrent.example');
		const lint = linter.lintManifest(manifest);
		expect(lint.errors).toEqual([]);
		expect(lint.warnings ?? []).toEqual([]);
		expect(lint.valid).toBe(true);
		expect(manifest).toMatchObject({
			id: ADDON_ID,
			resources: ['stream'],
			types: ['movie', 'series'],
			idPrefixes: ['tt'],
			catalogs: [],
			logo: 'https://torrent.example/favicon.svg'
		});
		expect(ADDON_ID).toBe('com.stremio.cftorrent.addon');
	});
});

describe('parseStreamTarget', () => {
	it('reads film and episode ids', () => {
		expect(parseStreamTarget('movie', 'tt0111161')).toEqual({
			ok: true,
			value: { type: 'movie', imdbId: 'tt0111161' }
		});
		expect(parseStreamTarget('series', 'tt0944947:1:2')).toEqual({
			ok: true,
			value: { type: 'series', imdbId: 'tt0944947', season: 1, episode: 2 }
		});
	});

	it.each([
		['movie', 'tt0111161:1:2'],
		['movie', '0111161'],
		['movie', 'tt0111161.json'],
		['series', 'tt0944947'],
		['series', 'tt0944947:1'],
		['series', 'tt0944947:a:2'],
		['channel', 'tt0111161'],
		['movie', `tt${'1'.repeat(60)}`]
	])('refuses %s %s with a message', (type, id) => {
		const parsed = parseStreamTarget(type, id);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.error).toMatch(/type|id/);
	});
});

describe('streamQueries', () => {
	it('searches a film by name and year, an episode and its season', () => {
		expect(
			streamQueries(
				{ name: 'The Shawshank Redemption', year: 1994, source: 'cinemeta' },
				{ type: 'movie', imdbId: 'tt0111161' }
			)
		).toEqual(['The Shawshank Redemption 1994']);
		expect(
			streamQueries(
				{ name: "Marvel's Agents of S.H.I.E.L.D.", year: 2013, source: 'cinemeta' },
				{ type: 'series', imdbId: 'tt2364582', season: 1, episode: 2 }
			)
		).toEqual(['Marvels Agents of S.H.I.E.L.D. S01E02', 'Marvels Agents of S.H.I.E.L.D. S01']);
	});
});

describe('buildStreams', () => {
	const silo = { name: 'Silo', year: 2023, source: 'cinemeta' as const };
	const episode = { type: 'series' as const, imdbId: 'tt14688458', season: 3, episode: 6 };

	it.skipIf(!hasFixtures)('sorts a real answer by resolution, then seeders', () => {
		const streams = buildStreams(apibayResults('apis/apibay-search.json'), episode, silo);
		expect(streams).toHaveLength(12);
		expect(streams.map((s) => s.name.split('\n')[1] ?? '?')).toEqual([
			'2160p DV HDR10',
			'2160p',
			'1080p',
			'1080p',
			'1080p',
			'1080p',
			'1080p',
			'720p',
			'720p',
			'720p',
			'480p',
			'?'
		]);
		expect(streams[0]!.description).toBe(
			'Silo S03E06 The Drive 2160P ATVP WEB-DL DDP5.1 Atmos DV HDR. H.265\nWEB-DL · x265 · DDP5.1 Atmos\n9.3 GB · 396 seeders, 120 leechers\nfound by apibay'
		);
		expect(streams[2]).toMatchObject({
			name: 'cf-torrent\n1080p',
			infoHash: '92d8a3f6864911ef292b4be0dd5286406396d2b3',
			behaviorHints: { bingeGroup: 'cf-torrent-1080p-WEB-DL' },
			sources: [
				'tracker:udp://tracker.opentrackr.org:1337/announce',
				'dht:92d8a3f6864911ef292b4be0dd5286406396d2b3'
			]
		});
		expect(streams[2]!.description).toBe(
			'Silo S03E06 1080p WEB H264-CAKES\nWEB-DL · x264\n4.1 GB · 4024 seeders, 1793 leechers\nfound by apibay'
		);
		// stremio-core's `Stream` reads `title` as an alias of `description` (src/types/resource/stream.rs:65):
		// both keys make the stream a duplicate-field error, which the core drops without a word
		expect(streams.every((stream) => !('title' in stream))).toBe(true);
	});

	it('ranks by the one ranking: resolution, then seeders; names resolution and HDR, describes the rest', () => {
		const streams = buildStreams(
			[
				result('Silo S03E06 720p', { seeders: 900, release: release({ resolution: '720p' }) }),
				result('Silo S03E06 1080p A', { seeders: 3, release: release({ resolution: '1080p' }) }),
				result('Silo S03E06 1080p B', { seeders: 30, release: release({ resolution: '1080p' }) }),
				result('Silo S03E06 2160p', {
					seeders: 7,
					leechers: null,
					release: release({
						resolution: '2160p',
						source: 'WEB-DL',
						codec: 'x265',
						hdr: ['DV', 'HDR10'],
						audio: ['DDP5.1', 'Atmos'],
						languages: ['en', 'pt']
					})
				})
			],
			episode,
			silo
		);
		expect(streams.map((s) => s.name)).toEqual([
			'cf-torrent\n2160p DV HDR10',
			'cf-torrent\n1080p',
			'cf-torrent\n1080p',
			'cf-torrent\n720p'
		]);
		expect(streams[0]!.description).toBe(
			'Silo S03E06 2160p\nWEB-DL · x265 · DDP5.1 Atmos · EN PT\n1.4 GB · 7 seeders\nfound by apibay'
		);
		expect(streams[0]!.behaviorHints.bingeGroup).toBe('cf-torrent-2160p-WEB-DL');
		expect(streams[1]!.description).toMatch(/^Silo S03E06 1080p B\n/);
		expect(streams[3]!.behaviorHints.bingeGroup).toBe('cf-torrent-720p');
	});

	it('offers only what the preferences keep, in their order', () => {
		const results = [
			result('Silo S03E06 720p', { seeders: 900, release: release({ resolution: '720p' }) }),
			result('Silo S03E06 1080p', { seeders: 3, release: release({ resolution: '1080p' }) }),
			result('Silo S03E06 2160p', { seeders: 9, release: release({ resolution: '2160p' }) }),
			result('Silo S03E06 CAM', { seeders: 9, release: release({ source: 'CAM' }) })
		];
		const only = (preferences: Partial<typeof DEFAULT_PREFERENCES>) =>
			buildStreams(results, episode, silo, { ...DEFAULT_PREFERENCES, ...preferences }).map(
				(s) => s.description.split('\n')[0]
			);
		expect(only({ res: ['2160p'] })).toEqual(['Silo S03E06 2160p']);
		expect(only({ res: ['720p', '1080p'] })).toEqual(['Silo S03E06 720p', 'Silo S03E06 1080p']);
		expect(only({ exclude: ['cam', 'unknown'], sort: 'seeders' })).toEqual([
			'Silo S03E06 720p',
			'Silo S03E06 2160p',
			'Silo S03E06 1080p'
		]);
	});

	it.skipIf(!hasFixtures)('drops other shows whose names contain the title (real answer)', () => {
		const streams = buildStreams(
			apibayResults('apis/apibay-search-2.json'),
			{ type: 'series', imdbId: 'tt16418808', season: 2, episode: 8 },
			{ name: 'Sugar', year: 2024, source: 'cinemeta' }
		);
		expect(streams).toHaveLength(9);
		expect(streams.every((s) => s.description.startsWith('Sugar'))).toBe(true);
	});

	it('drops other episodes and seasons, keeps packs of the season after the episode itself', () => {
		const streams = buildStreams(
			[
				result('Silo S03 1080p WEB Complete', { seeders: 900 }),
				result('Silo S03E05 1080p WEB', { seeders: 800 }),
				result('Silo S02 1080p', { seeders: 700 }),
				result('Silo S03E06 1080p WEB', { seeders: 5 }),
				result('Silo 1080p WEB', { seeders: 1 })
			],
			episode,
			silo
		);
		expect(streams.map((s) => s.description.split('\n')[0])).toEqual([
			'Silo S03E06 1080p WEB',
			'Silo 1080p WEB',
			'Silo S03 1080p WEB Complete'
		]);
		expect(streams[2]!.description).toContain('season 3 pack, episode file unknown');
		expect(streams[2]).not.toHaveProperty('fileIdx');
	});

	it('points into a pack when its file list is known, and drops a pack without the episode', () => {
		const files = [
			{ path: 'Silo.S03/Silo.S03E05.1080p.mkv', size: 2e9 },
			{ path: 'Silo.S03/Silo.S03E06.1080p.mkv', size: 2e9 },
			{ path: 'Silo.S03/Silo.S03E06.1080p.nfo', size: 2e3 }
		];
		const pack: StreamCandidate = { ...result('Silo S03 1080p'), files };
		const partial: StreamCandidate = { ...result('Silo S03 720p part'), files: files.slice(0, 1) };
		const streams = buildStreams([pack, partial], episode, silo);
		expect(streams).toHaveLength(1);
		expect(streams[0]).toMatchObject({ fileIdx: 1 });
		expect(streams[0]!.description).toContain('season 3 pack\n');
		expect(episodeFileIndex(files, 3, 7)).toBeNull();
	});

	it('says seeders and leechers, and puts a dead torrent after every live one', () => {
		const streams = buildStreams(
			[
				result('Silo S03E06 2160p WEB', { seeders: 0, leechers: 4 }),
				result('Silo S03E06 720p WEB', { seeders: 3, leechers: 2 })
			],
			episode,
			silo
		);
		expect(streams.map((s) => s.description.split('\n').at(-2))).toEqual([
			'1.4 GB · 3 seeders, 2 leechers',
			'1.4 GB · no seeders, 4 leechers'
		]);
	});

	it('drops a pack whose episode file index does not fit the core’s u16 fileIdx', () => {
		// stremio-core: `file_idx: Option<u16>` (src/types/resource/stream.rs:462)
		const filler = Array.from({ length: 65_536 }, (_, n) => ({ path: `extra/${n}.txt`, size: 1 }));
		const huge: StreamCandidate = {
			...result('Silo S03 1080p'),
			files: [...filler, { path: 'Silo.S03E06.1080p.mkv', size: 2e9 }]
		};
		expect(buildStreams([huge], episode, silo)).toEqual([]);
	});

	it('keeps films, drops episodes and remakes, v2-only hashes and duplicates', () => {
		const dune = { name: 'Dune', year: 2021, source: 'cinemeta' as const };
		const film = result('Dune.2021.2160p.WEB-DL.mkv', { seeders: null, size: null });
		const streams = buildStreams(
			[
				film,
				film,
				result('Dune.1984.1080p.BluRay'),
				result('Dune Prophecy S01E01 1080p'),
				result('Dune 2021 1080p', { infohash: 'ab'.repeat(32) })
			],
			{ type: 'movie', imdbId: 'tt1160419' },
			dune
		);
		expect(streams).toHaveLength(1);
		expect(streams[0]).toMatchObject({
			name: 'cf-torrent\n2160p',
			description: 'Dune.2021.2160p.WEB-DL.mkv\nWEB-DL\nfound by apibay',
			behaviorHints: { filename: 'Dune.2021.2160p.WEB-DL.mkv' }
		});
	});

	it('says where a result was found, and offers only trackers Stremio can use', () => {
		const [stream] = buildStreams(
			[
				result('Silo S03E06 720p', {
					trackers: [
						'udp://a.example:80/announce',
						'wss://tracker.webtorrent.dev',
						'https://b.example/announce'
					],
					sources: [
						{ engine: 'duckduckgo', page: 'https://www.1337x.to/torrent/1/silo/' },
						{ engine: 'bing', page: 'https://eztvx.to/ep/1/' }
					]
				})
			],
			episode,
			silo
		);
		expect(stream!.description).toContain('found by duckduckgo, bing on 1337x.to, eztvx.to');
		expect(stream!.sources).toEqual([
			'tracker:udp://a.example:80/announce',
			'tracker:https://b.example/announce',
			`dht:${stream!.infoHash}`
		]);
	});
});

describe('the configured add-on', () => {
	const available = (id: string) => id !== 'searxng';

	it('reads the configuration segment, engines checked against this server', () => {
		expect(readAddonConfig(undefined, available)).toEqual({
			ok: true,
			value: { preferences: DEFAULT_PREFERENCES, engines: undefined }
		});
		expect(readAddonConfig('res=2160p|engines=yts,apibay', available)).toEqual({
			ok: true,
			value: { preferences: { ...DEFAULT_PREFERENCES, res: ['2160p'] }, engines: ['yts', 'apibay'] }
		});
		expect(readAddonConfig('res=8k', available)).toEqual({
			ok: false,
			error: expect.stringMatching(/^invalid configuration: res: unknown resolution 8k/)
		});
		expect(readAddonConfig('engines=searxng,nope', available)).toEqual({
			ok: false,
			error: 'invalid configuration: engine searxng, nope is not available here'
		});
	});

	it('asks YTS for films and EZTV for episodes as well, unless the configuration names engines', () => {
		expect(addonEngines('movie', undefined, ['apibay'], available)).toEqual(['apibay', 'yts']);
		expect(addonEngines('series', undefined, ['apibay'], available)).toEqual(['apibay', 'eztv']);
		expect(addonEngines('series', undefined, ['eztv', 'apibay'], available)).toEqual(['eztv', 'apibay']);
		expect(addonEngines('movie', ['apibay'], ['apibay'], available)).toEqual(['apibay']);
		expect(addonEngines('movie', undefined, ['apibay'], (id) => id !== 'yts')).toEqual(['apibay']);
	});

	it('says in the manifest that it can be configured', () => {
		expect(stremioManifest('2.0.0', 'https://torrent.example').behaviorHints).toEqual({
			configurable: true,
			configurationRequired: false
		});
	});
});

describe('small things', () => {
	it('formats sizes as people read them', () => {
		expect(formatSize(4388742440)).toBe('4.1 GB');
		expect(formatSize(515332185)).toBe('491 MB');
		expect(formatSize(512)).toBe('512 B');
	});

	it('caches empty answers briefly', () => {
		expect(streamCacheMaxAge([], 900)).toBe(60);
		expect(streamCacheMaxAge([], 0)).toBe(0);
	});
});

// Titles named by IMDb id (Stremio, Torznab `imdbid`) are asked by that id where an engine takes one:
// EZTV's API (`imdb_id`, series) and YTS (`query_term`, films); every other engine gets the title's text.
// EZTV's and YTS's answers are synthetic, in the shape of the real EZTV capture and the YTS samples.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { hasFixtures, readFixture, startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { apibayRow } from './apibay-rows.ts';

// A bound on waiting, not a timing assertion: cold servers and restarts on a busy 2-core machine take
// seconds, and no test here measures how long anything took.
const BOUND = { timeout: 60_000 };

let web: FakeWeb;
let app: App;

const hash = (name: string) => createHash('sha1').update(name).digest('hex');

function eztvTorrent(filename: string, seeds: number) {
	const infohash = hash(filename);
	return {
		id: parseInt(infohash.slice(0, 6), 16),
		hash: infohash,
		filename,
		magnet_url: `magnet:?xt=urn:btih:${infohash}&dn=${encodeURIComponent(filename)}&tr=udp://tracker.opentrackr.org:1337/announce`,
		title: filename.replaceAll('.', ' '),
		imdb_id: '14688458',
		season: '3',
		episode: filename.match(/E(\d+)/)![1],
		seeds,
		peers: 5,
		date_released_unix: 1786753216,
		size_bytes: '1234567890'
	};
}

const SILO_BY_ID = [
	eztvTorrent('Silo.S03E06.1080p.WEB.h264-ETHEL[EZTVx.to].mkv', 510),
	eztvTorrent('Silo.S03E05.1080p.WEB.h264-ETHEL[EZTVx.to].mkv', 640)
];

const SHAWSHANK_BY_ID = {
	status: 'ok',
	status_message: 'Query was successful',
	data: {
		movie_count: 1,
		movies: [
			{
				url: 'https://yts.mx/movies/the-shawshank-redemption-1994',
				imdb_code: 'tt0111161',
				title: 'The Shawshank Redemption',
				year: 1994,
				torrents: [
					{ hash: hash('yts-1080').toUpperCase(), quality: '1080p', seeds: 900, peers: 40, size_bytes: 2e9 },
					{ hash: hash('yts-2160').toUpperCase(), quality: '2160p', seeds: 300, peers: 20, size_bytes: 6e9 }
				]
			}
		]
	}
};

describe.skipIf(!hasFixtures)('searches by IMDb id where an engine takes one', BOUND, () => {
	beforeAll(async () => {
		web = await startFakeWeb({
			'/cinemeta/meta/movie/tt0111161.json': {
				body: JSON.stringify({ meta: { name: 'The Shawshank Redemption', year: '1994' } })
			},
			'/cinemeta/meta/series/tt14688458.json': {
				body: JSON.stringify({ meta: { name: 'Silo', year: '2023–' } })
			},
			'/apibay/q.php': {
				headers: { 'content-type': 'application/json' },
				body: (url) =>
					url.searchParams.get('q') === 'Silo S03E06'
						? readFixture('apis/apibay-search.json')
						: JSON.stringify([apibayRow('No results returned', { infohash: '0'.repeat(40) })])
			},
			'/eztv/api/get-torrents': {
				headers: { 'content-type': 'application/json' },
				body: (url) =>
					JSON.stringify(
						url.searchParams.get('imdb_id') === '14688458'
							? { torrents_count: 2, limit: 100, page: 1, torrents: SILO_BY_ID }
							: { torrents_count: 0, limit: 100, page: 1 }
					)
			},
			'/yts/api/v2/list_movies.json': {
				headers: { 'content-type': 'application/json' },
				body: (url) =>
					JSON.stringify(
						url.searchParams.get('query_term') === 'tt0111161'
							? SHAWSHANK_BY_ID
							: { status: 'ok', status_message: 'Query was successful', data: { movie_count: 0 } }
					)
			}
		});
		app = await startApp({
			CINEMETA_URL: `${web.url}/cinemeta`,
			APIBAY_URL: `${web.url}/apibay`,
			EZTV_URL: `${web.url}/eztv`,
			YTS_URL: `${web.url}/yts`,
			ENGINES: 'apibay,eztv,yts',
			EGRESS_ALLOWLIST: '127.0.0.1'
		});
	}, BOUND.timeout);
	afterAll(async () => {
		await app?.stop();
		await web?.close();
	});

	const asked = (prefix: string) => web.requests.filter((path) => path.startsWith(prefix));

	it('asks EZTV for an episode by the show’s id, the other engines by its name', async () => {
		const response = await fetch(`${app.url}/api/stremio/stream/series/tt14688458%3A3%3A6.json`);
		const { streams } = await response.json();
		expect(asked('/eztv/')).toEqual(['/eztv/api/get-torrents?imdb_id=14688458&limit=100&page=1']);
		// YTS takes an id only for films: for a series it gets the text like the rest
		expect(asked('/yts/')).not.toContainEqual(expect.stringContaining('query_term=tt'));
		expect(web.requests).toContain('/apibay/q.php?q=Silo+S03E06&cat=');
		const names: string[] = streams.map(
			(stream: { description: string }) => stream.description.split('\n')[0]
		);
		expect(names).toContain('Silo.S03E06.1080p.WEB.h264-ETHEL[EZTVx.to].mkv');
		// the id answers every episode of the show: the others are not this episode's streams
		expect(names).not.toContain('Silo.S03E05.1080p.WEB.h264-ETHEL[EZTVx.to].mkv');
		expect(names.length).toBeGreaterThan(1);
	});

	it('asks YTS for a film by its id', async () => {
		const response = await fetch(`${app.url}/api/stremio/stream/movie/tt0111161.json`);
		const { streams } = await response.json();
		expect(asked('/yts/')).toContain('/yts/api/v2/list_movies.json?query_term=tt0111161&limit=50');
		expect(asked('/yts/')).not.toContain(
			'/yts/api/v2/list_movies.json?query_term=The+Shawshank+Redemption+1994&limit=50'
		);
		expect(asked('/eztv/api/')).toHaveLength(1);
		expect(web.requests).toContain('/apibay/q.php?q=The+Shawshank+Redemption+1994&cat=');
		expect(streams.map((stream: { description: string }) => stream.description.split('\n')[0])).toEqual([
			'The Shawshank Redemption 1994 2160p',
			'The Shawshank Redemption 1994 1080p'
		]);
	});

	it('does the same for Torznab imdbid, keeping only the asked episode', async () => {
		const text = await (
			await fetch(`${app.url}/torznab/api?t=tvsearch&imdbid=14688458&season=3&ep=6`)
		).text();
		expect(text).toContain('<title>Silo.S03E06.1080p.WEB.h264-ETHEL[EZTVx.to].mkv</title>');
		expect(text).not.toContain('S03E05');
		const films = await (await fetch(`${app.url}/torznab/api?t=movie&imdbid=tt0111161`)).text();
		expect(films).toContain('<title>The Shawshank Redemption 1994 1080p</title>');
	});
});

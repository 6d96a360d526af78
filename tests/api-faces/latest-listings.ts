// The indexes' "latest uploads" listings as the fake web serves them. apibay's precompiled list writes
// numbers as numbers (unlike q.php), modelled on data_top100_recent.json as clients of it read it
// (id, info_hash, category, name, num_files, size, seeders, leechers, username, added, status, imdb);
// YTS's list_movies.json sorted by date_added is modelled on the shape its engine reads. EZTV's listing
// is a real capture of api/get-torrents without an id; Nyaa's is a real RSS capture of a search, the same
// document its query-less RSS is (../shared/fixtures/apis).
import { createHash } from 'node:crypto';
import { apibayRow } from './apibay-rows.ts';
import { readFixture } from '../fake-web/fake-web.ts';
import type { Route } from '../fake-web/fake-web.ts';

/** When the synthetic rows were uploaded: after the real captures' newest, so they lead the feed. */
export const UPLOADED = 1786900000;

const hash = (name: string) => createHash('sha1').update(name).digest('hex');

function precompiledRow(name: string, category: number, seeders: number) {
	const infohash = hash(name);
	return {
		id: parseInt(infohash.slice(0, 7), 16),
		info_hash: infohash.toUpperCase(),
		category,
		name,
		status: 'member',
		num_files: 1,
		size: 1_500_000_000,
		seeders,
		leechers: 4,
		username: 'uploader',
		added: UPLOADED,
		anon: 0,
		imdb: ''
	};
}

/** data_top100_recent.json: the newest uploads of every category. */
export const APIBAY_RECENT = [
	precompiledRow('Shrinking.S03E07.1080p.WEB.h264-ETHEL', 208, 310),
	precompiledRow('Nosferatu.2024.1080p.BluRay.x264-OFT', 207, 820),
	precompiledRow('LibreOffice_25.8.1_Linux_x86-64_deb.tar.gz', 301, 12)
];

/** q.php?q=category:<id>: the newest uploads of one category, as q.php writes them (strings). */
export const APIBAY_CATEGORY: Record<string, ReturnType<typeof apibayRow>[]> = {
	'category:205': [apibayRow('Slow.Horses.S05E03.XviD-AFG', { seeders: 90, added: UPLOADED })],
	'category:208': [
		apibayRow('Slow.Horses.S05E03.1080p.WEB.h264-ETHEL', { seeders: 700, added: UPLOADED }),
		apibayRow('Slow.Horses.S05E03.720p.WEB.h264-ETHEL', { seeders: 260, added: UPLOADED }),
		apibayRow('Slow.Horses.S05E03.2160p.WEB.h265-ETHEL', { seeders: 150, added: UPLOADED })
	],
	'category:201': [apibayRow('Conclave.2024.DVDRip.XviD', { seeders: 40, added: UPLOADED })],
	'category:207': [apibayRow('Conclave.2024.1080p.BluRay.x264', { seeders: 1100, added: UPLOADED })]
};

/** list_movies.json?sort_by=date_added: the newest films, one torrent per quality. */
export const YTS_LATEST = {
	status: 'ok',
	status_message: 'Query was successful',
	data: {
		movie_count: 1,
		limit: 50,
		page_number: 1,
		movies: [
			{
				id: 70001,
				url: 'https://yts.mx/movies/the-brutalist-2024',
				imdb_code: 'tt8999762',
				title: 'The Brutalist',
				year: 2024,
				torrents: [
					{
						hash: hash('brutalist-720').toUpperCase(),
						quality: '720p',
						seeds: 300,
						peers: 20,
						size_bytes: 1_900_000_000
					},
					{
						hash: hash('brutalist-1080').toUpperCase(),
						quality: '1080p',
						seeds: 800,
						peers: 60,
						size_bytes: 3_600_000_000
					}
				]
			}
		]
	}
};

/** Routes for the four listings under /apibay, /eztv, /yts and /nyaa; `search` answers other q.php queries. */
export function latestListingRoutes(search: (url: URL) => string = () => '[]'): Record<string, Route> {
	const json = { 'content-type': 'application/json' };
	return {
		'/apibay/precompiled/data_top100_recent.json': { body: JSON.stringify(APIBAY_RECENT), headers: json },
		'/apibay/q.php': {
			headers: json,
			body: (url) => {
				const listing = APIBAY_CATEGORY[url.searchParams.get('q') ?? ''];
				return listing ? JSON.stringify(listing) : search(url);
			}
		},
		'/eztv/api/get-torrents': { body: readFixture('apis/eztv-get-torrents.json'), headers: json },
		'/yts/api/v2/list_movies.json': { body: JSON.stringify(YTS_LATEST), headers: json },
		'/nyaa': { body: readFixture('apis/nyaa-rss.xml'), headers: { 'content-type': 'application/rss+xml' } }
	};
}

// apibay.org (q.php): the JSON API behind The Pirate Bay's site. Every value arrives as a string and the
// infohash in uppercase; a search with no match answers one placeholder row (id "0", an all-zero
// infohash) instead of an empty list. The largest general index that still answers servers directly.
// Its latest uploads: `precompiled/data_top100_recent.json` (same rows, numbers as numbers) for all
// categories, `q.php?q=category:<id>` for one.
import { z } from '#lib/zod.ts';
import { count, readJsonAnswer, rows, unixSeconds } from '../shared/json-fields.ts';
import { normaliseInfohash } from '#lib/server/magnet/magnet.ts';
import { JSON_HEADERS, endpoint } from '../shared/request-url.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import type { Engine, LatestKind } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const answerSchema = rows(
	z.object({
		id: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
		name: z.string(),
		info_hash: z.string(),
		seeders: count,
		leechers: count,
		size: count,
		added: unixSeconds
	})
);

/** The trackers thepiratebay.org's own pages add to these magnets: without them a client waits on DHT. */
const SITE_TRACKERS = [
	'udp://tracker.opentrackr.org:1337/announce',
	'udp://open.stealth.si:80/announce',
	'udp://tracker.torrent.eu.org:451/announce',
	'udp://tracker.bittor.pw:1337/announce',
	'udp://public.popcorn-tracker.org:6969/announce',
	'udp://tracker.dler.org:6969/announce',
	'udp://exodus.desync.com:6969',
	'udp://open.demonii.com:1337/announce'
];

/** The Pirate Bay's categories for each kind: TV shows and HD TV shows, movies and HD movies. */
const LATEST_CATEGORIES: Record<'tv' | 'movie', string[]> = { tv: ['205', '208'], movie: ['201', '207'] };

function latestRequests(kind: LatestKind, baseUrl: string) {
	if (kind === null)
		return [{ url: endpoint(baseUrl, '/precompiled/data_top100_recent.json'), headers: JSON_HEADERS }];
	return LATEST_CATEGORIES[kind].map((category) => ({
		url: endpoint(baseUrl, '/q.php', { q: `category:${category}` }),
		headers: JSON_HEADERS
	}));
}

export const apibay: Engine = {
	...engineIdentity('apibay'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/q.php', { q: query, cat: '' }), headers: JSON_HEADERS };
	},
	parse(answer) {
		const read = readJsonAnswer(answer, answerSchema);
		if (!read.ok) return read.error;
		const rows = read.value;
		const sightings: Sighting[] = [];
		for (const row of rows) {
			const infohash = normaliseInfohash(row.info_hash);
			if (row.id === '0' || !infohash || /^0+$/.test(infohash)) continue;
			sightings.push({
				infohash,
				name: row.name,
				size: row.size,
				seeders: row.seeders,
				leechers: row.leechers,
				trackers: SITE_TRACKERS,
				page: `https://thepiratebay.org/description.php?id=${encodeURIComponent(row.id)}`,
				published: row.added
			});
		}
		return { kind: 'sightings', sightings };
	},
	latestRequests
};

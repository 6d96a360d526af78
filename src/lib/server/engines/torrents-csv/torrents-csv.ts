// Torrents-csv (torrents-csv.com/service/search): an open, self-hostable database of torrents that are
// still seeded, with live seeder and leecher counts. Mirrors and self-hosted copies work through
// TORRENTS_CSV_URL. A default index: it answers servers and only lists healthy torrents.
import { z } from '#lib/zod.ts';
import { count, infohash, readJsonAnswer, rows } from '../shared/json-fields.ts';
import { JSON_HEADERS, endpoint } from '../shared/request-url.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const torrent = z.object({
	infohash,
	name: z.string(),
	size_bytes: count,
	seeders: count,
	leechers: count
});

// Today's service wraps the list as { torrents, next }; older self-hosted versions answer the bare list.
const answerSchema = z.union([
	z.pipe(
		z.object({ torrents: rows(torrent) }),
		z.transform((answer: { torrents: z.output<typeof torrent>[] }) => answer.torrents)
	),
	rows(torrent)
]);

export const torrentsCsv: Engine = {
	...engineIdentity('torrents-csv'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/service/search', { q: query, size: '100' }), headers: JSON_HEADERS };
	},
	parse(answer) {
		const read = readJsonAnswer(answer, answerSchema);
		if (!read.ok) return read.error;
		const torrents = read.value;
		return {
			kind: 'sightings',
			sightings: torrents.map((item) => ({
				infohash: item.infohash,
				name: item.name,
				size: item.size_bytes,
				seeders: item.seeders,
				leechers: item.leechers,
				trackers: [],
				page: null
			}))
		};
	}
};

// Knaben (api.knaben.org/v1): a meta-index that keeps copies of The Pirate Bay, 1337x, Nyaa, RuTracker,
// YTS and others and answers one JSON search over all of them (POST). It reaches sites that block
// servers themselves, which is why it is a default index.
import { z } from '#lib/zod.ts';
import { magnetKey, normaliseInfohash, parseMagnet } from '#lib/server/magnet/magnet.ts';
import { count, readJsonAnswer, rows } from '../shared/json-fields.ts';
import { JSON_HEADERS, endpoint } from '../shared/request-url.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const answerSchema = z.object({
	hits: rows(
		z.object({
			title: z.string(),
			hash: z.nullish(z.string()),
			magnetUrl: z.nullish(z.string()),
			bytes: count,
			seeders: count,
			peers: count,
			details: z.nullish(z.string())
		})
	)
});

export const knaben: Engine = {
	...engineIdentity('knaben'),
	buildRequest(query, baseUrl) {
		// Every word must be in the title ("100%"): ordered by seeders, a looser match would put popular
		// torrents of something else first. "hide_unsafe" drops what Knaben flags as malware.
		const body = {
			query,
			search_field: 'title',
			search_type: '100%',
			order_by: 'seeders',
			order_direction: 'desc',
			from: 0,
			size: 100,
			hide_unsafe: true,
			hide_xxx: true
		};
		return {
			url: endpoint(baseUrl, '/v1'),
			method: 'POST',
			headers: { ...JSON_HEADERS, 'content-type': 'application/json' },
			body: JSON.stringify(body)
		};
	},
	parse(answer) {
		const read = readJsonAnswer(answer, answerSchema);
		if (!read.ok) return read.error;
		const data = read.value;
		const sightings: Sighting[] = [];
		for (const hit of data.hits) {
			// Some sources give only a magnet, some only a hash; either is enough.
			const magnet = hit.magnetUrl ? parseMagnet(hit.magnetUrl) : null;
			const infohash = (hit.hash && normaliseInfohash(hit.hash)) || (magnet && magnetKey(magnet));
			if (!infohash) continue;
			sightings.push({
				infohash,
				name: hit.title,
				size: hit.bytes,
				seeders: hit.seeders,
				leechers: hit.peers,
				trackers: magnet?.trackers ?? [],
				page: hit.details && /^https?:\/\//.test(hit.details) ? hit.details : null
			});
		}
		return { kind: 'sightings', sightings };
	}
};

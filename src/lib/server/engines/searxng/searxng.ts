// A SearXNG instance the operator runs (SEARXNG_URL), through its JSON API (format=json). SearXNG asks
// dozens of engines at once, so it is the best single source when one is at hand: its torrent results
// carry a magnetlink (read as sightings), its other results are pages to harvest (read as links). Off
// unless configured: public instances refuse the JSON format to strangers.
import { z } from '#lib/zod.ts';
import { magnetKey, parseMagnet } from '#lib/server/magnet/magnet.ts';
import { statusOutcome, UNEXPECTED_SHAPE } from '../shared/answer-status.ts';
import { parseByteSize } from '../shared/byte-size.ts';
import { readJson } from '#lib/server/read-json.ts';
import { count, rows } from '../shared/json-fields.ts';
import { JSON_HEADERS, endpoint } from '../shared/request-url.ts';
import { resultLinks } from '../shared/result-links.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const answerSchema = z.object({
	results: rows(
		z.object({
			url: z.nullish(z.string()),
			title: z.nullish(z.string()),
			magnetlink: z.nullish(z.string()),
			seed: count,
			leech: count,
			// Older instances send bytes, newer ones a human size such as "1.4 GiB".
			filesize: z.nullish(z.union([z.number(), z.string()]))
		})
	)
});

function size(filesize: number | string | null | undefined): number | null {
	if (typeof filesize === 'number') return filesize;
	return filesize ? parseByteSize(filesize) : null;
}

export const searxng: Engine = {
	...engineIdentity('searxng'),
	buildRequest(query, baseUrl) {
		const params = { q: query, format: 'json', categories: 'general,files' };
		return { url: endpoint(baseUrl, '/search', params), headers: JSON_HEADERS };
	},
	parse(answer) {
		if (answer.status === 403)
			return {
				kind: 'blocked',
				suspend: 'denied',
				reason: 'access denied (HTTP 403): is "json" among search.formats in its settings.yml?'
			};
		const failure = statusOutcome(answer);
		if (failure) return failure;
		const data = readJson(answer.body, answerSchema);
		if (!data) return UNEXPECTED_SHAPE;
		const sightings: Sighting[] = [];
		const pages: string[] = [];
		for (const result of data.results) {
			const magnet = result.magnetlink ? parseMagnet(result.magnetlink) : null;
			if (!magnet) {
				if (result.url) pages.push(result.url);
				continue;
			}
			sightings.push({
				infohash: magnetKey(magnet),
				name: magnet.name ?? result.title ?? null,
				trackers: magnet.trackers,
				size: size(result.filesize),
				seeders: result.seed,
				leechers: result.leech,
				page: result.url && /^https?:/i.test(result.url) ? result.url : null
			});
		}
		const links = resultLinks(pages, { base: answer.url });
		return sightings.length > 0 ? { kind: 'sightings', sightings, links } : { kind: 'links', links };
	}
};

// Nyaa (nyaa.si, RSS view of a search): the index for anime, with the infohash, seeders, leechers and
// a human size ("1.4 GiB") in its nyaa: namespace. RSS is the one view of a search that needs no
// scraping of layout; without `q` it lists the latest uploads (category 1_2: English-translated anime,
// the episodes a TV client wants).
import { loadMarkup } from '#lib/server/markup.ts';
import { z } from '#lib/zod.ts';
import { captcha, looksLikeChallenge, statusOutcome, UNEXPECTED_SHAPE } from '../shared/answer-status.ts';
import { parseByteSize } from '../shared/byte-size.ts';
import { count, infohash } from '../shared/json-fields.ts';
import { endpoint } from '../shared/request-url.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const itemSchema = z.object({
	title: z.string(),
	guid: z.string(),
	infoHash: infohash,
	seeders: count,
	leechers: count,
	size: z.pipe(
		z.string(),
		z.transform((value: string) => parseByteSize(value))
	),
	// RFC 822, e.g. `Sat, 15 Aug 2026 11:46:52 -0000`; absent or unreadable is unknown
	pubDate: z.pipe(
		z.string(),
		z.transform((value: string) => {
			const time = Date.parse(value);
			return Number.isNaN(time) ? null : time;
		})
	)
});

const RSS_HEADERS = { accept: 'application/rss+xml, application/xml;q=0.9' };

export const nyaa: Engine = {
	...engineIdentity('nyaa'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/', { page: 'rss', q: query, c: '0_0', f: '0' }), headers: RSS_HEADERS };
	},
	latestRequests(kind, baseUrl) {
		if (kind === 'movie') return [];
		const category = kind === 'tv' ? '1_2' : '0_0';
		return [{ url: endpoint(baseUrl, '/', { page: 'rss', c: category, f: '0' }), headers: RSS_HEADERS }];
	},
	parse(answer) {
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (looksLikeChallenge(answer.body)) return captcha('challenge page');
		const $ = loadMarkup(answer.body, { xml: true });
		if ($('rss > channel').length !== 1) return UNEXPECTED_SHAPE;
		const sightings: Sighting[] = [];
		for (const item of $('channel > item').toArray()) {
			const field = (name: string) => $(item).children(name).first().text().trim();
			const parsed = itemSchema.safeParse({
				title: field('title'),
				guid: field('guid'),
				infoHash: field('nyaa\\:infoHash'),
				seeders: field('nyaa\\:seeders'),
				leechers: field('nyaa\\:leechers'),
				size: field('nyaa\\:size'),
				pubDate: field('pubDate')
			});
			if (!parsed.success) return UNEXPECTED_SHAPE;
			const { title, guid, infoHash, seeders, leechers, size, pubDate } = parsed.data;
			sightings.push({
				infohash: infoHash,
				name: title,
				size,
				seeders,
				leechers,
				trackers: [],
				page: /^https?:\/\//.test(guid) ? guid : null,
				published: pubDate
			});
		}
		return { kind: 'sightings', sightings };
	}
};

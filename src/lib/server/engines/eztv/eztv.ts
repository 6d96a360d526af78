// EZTV (eztvx.to): the index for TV episodes. Its JSON API (api/get-torrents) searches by IMDb id only,
// so a query that is an IMDb id (tt0944947, as Stremio asks) goes to the API, and any other text goes
// to the site's search page (/search/<words>), whose rows carry the magnet, size and seeders. The API
// sends numbers as strings or as numbers; both are read. The API without an id lists the latest
// episodes. Off by default: a TV-only index.
import { loadMarkup } from '#lib/server/markup.ts';
import { z } from '#lib/zod.ts';
import { magnetKey, parseMagnet } from '#lib/server/magnet/magnet.ts';
import { captcha, looksLikeChallenge, statusOutcome, UNEXPECTED_SHAPE } from '../shared/answer-status.ts';
import { parseByteSize } from '../shared/byte-size.ts';
import { readJson } from '#lib/server/read-json.ts';
import { count, infohash, unixSeconds } from '../shared/json-fields.ts';
import { JSON_HEADERS, endpoint } from '../shared/request-url.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import type { Engine, EngineAnswer, EngineOutcome } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const IMDB_ID = /^tt(\d{7,9})$/i;
const API_PATH = '/api/get-torrents';

const apiSchema = z.object({
	// An id with no torrent answers without the torrents key.
	torrents: z.optional(
		z.array(
			z.object({
				hash: infohash,
				filename: z.nullish(z.string()),
				title: z.nullish(z.string()),
				magnet_url: z.nullish(z.string()),
				episode_url: z.nullish(z.string()),
				seeds: count,
				peers: count,
				size_bytes: count,
				date_released_unix: unixSeconds
			})
		)
	)
});

function fromApi(answer: EngineAnswer): EngineOutcome {
	const data = readJson(answer.body, apiSchema);
	if (!data) return UNEXPECTED_SHAPE;
	return {
		kind: 'sightings',
		sightings: (data.torrents ?? []).map((torrent) => ({
			infohash: torrent.hash,
			name: torrent.filename || torrent.title || null,
			size: torrent.size_bytes,
			seeders: torrent.seeds,
			leechers: torrent.peers,
			trackers: (torrent.magnet_url && parseMagnet(torrent.magnet_url)?.trackers) || [],
			page: torrent.episode_url && /^https?:\/\//.test(torrent.episode_url) ? torrent.episode_url : null,
			published: torrent.date_released_unix
		}))
	};
}

function fromSearchPage(answer: EngineAnswer): EngineOutcome {
	const $ = loadMarkup(answer.body);
	if ($('table.forum_header_border').length === 0) return UNEXPECTED_SHAPE;
	const sightings: Sighting[] = [];
	for (const row of $('tr[name="hover"]').toArray()) {
		const magnet = parseMagnet($(row).find('a.magnet').attr('href') ?? '');
		if (!magnet) continue;
		const cells = $(row).children('td');
		const title = $(row).find('a.epinfo').first();
		const page = title.attr('href');
		const seeders = cells.eq(5).text().replaceAll(',', '').trim();
		sightings.push({
			infohash: magnetKey(magnet),
			name: title.text().trim() || magnet.name,
			size: parseByteSize(cells.eq(3).text()),
			seeders: /^\d+$/.test(seeders) ? Number(seeders) : null,
			leechers: null,
			trackers: magnet.trackers,
			page: page ? new URL(page, answer.url).href : null
		});
	}
	return { kind: 'sightings', sightings };
}

export const eztv: Engine = {
	...engineIdentity('eztv'),
	buildRequest(query, baseUrl) {
		const imdb = IMDB_ID.exec(query.trim());
		if (imdb)
			return {
				url: endpoint(baseUrl, API_PATH, { imdb_id: imdb[1]!, limit: '100', page: '1' }),
				headers: JSON_HEADERS
			};
		const words = query.trim().split(/\s+/).map(encodeURIComponent).join('-');
		return { url: endpoint(baseUrl, `/search/${words}`) };
	},
	parse(answer) {
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (looksLikeChallenge(answer.body)) return captcha('challenge page');
		// The URL asked says which endpoint answered: the API for an IMDb id, the search page otherwise.
		const asked = answer.url.split(/[?#]/)[0]!;
		return asked.endsWith(API_PATH) ? fromApi(answer) : fromSearchPage(answer);
	},
	imdbIdSearch: 'series',
	latestRequests(kind, baseUrl) {
		if (kind === 'movie') return [];
		return [{ url: endpoint(baseUrl, API_PATH, { limit: '100', page: '1' }), headers: JSON_HEADERS }];
	}
};

// YTS (yts.mx/api/v2/list_movies.json): small encodes of films, each film with a torrent per quality
// (720p, 1080p, 2160p). Its JSON API takes a title or an IMDb id (tt0111161) as query_term. Off by default: it
// only knows films, and its domain moves often (YTS_URL points it at the current one). Without a
// query_term, sorted by date_added, it lists the latest films.
import { z } from '#lib/zod.ts';
import { count, infohash, readJsonAnswer, rows, unixSeconds } from '../shared/json-fields.ts';
import { JSON_HEADERS, endpoint } from '../shared/request-url.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const answerSchema = z.object({
	status: z.string(),
	status_message: z.nullish(z.string()),
	data: z.nullish(
		z.object({
			// A search with no match has no movies key at all.
			movies: z.nullish(
				rows(
					z.object({
						url: z.nullish(z.string()),
						title: z.string(),
						year: z.nullish(z.number()),
						torrents: z.nullish(
							rows(
								z.object({
									hash: infohash,
									quality: z.nullish(z.string()),
									size_bytes: count,
									seeds: count,
									peers: count,
									date_uploaded_unix: unixSeconds
								})
							)
						)
					})
				)
			)
		})
	)
});

export const yts: Engine = {
	...engineIdentity('yts'),
	buildRequest(query, baseUrl) {
		return {
			url: endpoint(baseUrl, '/api/v2/list_movies.json', { query_term: query, limit: '50' }),
			headers: JSON_HEADERS
		};
	},
	parse(answer) {
		const read = readJsonAnswer(answer, answerSchema);
		if (!read.ok) return read.error;
		const data = read.value;
		if (data.status !== 'ok')
			return { kind: 'error', reason: data.status_message || `status ${data.status}` };
		const sightings: Sighting[] = [];
		for (const movie of data.data?.movies ?? [])
			for (const torrent of movie.torrents ?? [])
				sightings.push({
					infohash: torrent.hash,
					name: [movie.title, movie.year, torrent.quality].filter(Boolean).join(' '),
					size: torrent.size_bytes,
					seeders: torrent.seeds,
					leechers: torrent.peers,
					trackers: [],
					page: movie.url && /^https?:\/\//.test(movie.url) ? movie.url : null,
					published: torrent.date_uploaded_unix
				});
		return { kind: 'sightings', sightings };
	},
	imdbIdSearch: 'movie',
	latestRequests(kind, baseUrl) {
		if (kind === 'tv') return [];
		return [
			{
				url: endpoint(baseUrl, '/api/v2/list_movies.json', { sort_by: 'date_added', limit: '50' }),
				headers: JSON_HEADERS
			}
		];
	}
};

// The answers the yts engine is tested on. No real capture exists: the answer is hand-written after
// the list_movies.json shape the yts engine of searx reads (searx/searx, searx/engines/yts.py:
// data.movies[].title_long, url, torrents[].hash, quality, size_bytes, seeds, peers).
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: [],
	results: [
		{
			about: 'a list_movies.json answer: one film, two qualities',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				status: 'ok',
				status_message: 'Query was successful',
				data: {
					movie_count: 1,
					limit: 50,
					page_number: 1,
					movies: [
						{
							id: 1,
							url: 'https://yts.mx/movies/sintel-2010',
							imdb_code: 'tt1727587',
							title: 'Sintel',
							title_long: 'Sintel (2010)',
							year: 2010,
							language: 'en',
							torrents: [
								{
									url: 'https://yts.mx/torrent/download/A1',
									hash: '08ADA5A7A6183AAE1E09D831DF6748D566095A10',
									quality: '720p',
									type: 'web',
									seeds: 25,
									peers: 3,
									size: '411.61 MB',
									size_bytes: 431604982,
									date_uploaded_unix: 1446335410
								},
								{
									url: 'https://yts.mx/torrent/download/B2',
									hash: '6A9759BFFD5C0AF65319979FB7832189F4F3C35D',
									quality: '1080p',
									type: 'bluray',
									seeds: 40,
									peers: 5,
									size_bytes: 839000000
								}
							]
						}
					]
				}
			})
		}
	],
	blocked: [
		{
			about: 'a Cloudflare Turnstile challenge served in place of the JSON',
			headers: { 'content-type': 'text/html' },
			body: '<html><body><div class="cf-turnstile" data-sitekey="0x4AAA"></div></body></html>'
		}
	]
};

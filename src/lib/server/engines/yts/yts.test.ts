// YTS: one sighting per film and quality, named "title year quality"; no match is empty.
import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../engine-samples.ts';
import { samples } from './samples.ts';
import { yts } from './yts.ts';

const url = yts.buildRequest('sintel', yts.defaultUrl).url;

describe('yts', () => {
	it('asks list_movies.json under the base URL', () => {
		expect(yts.buildRequest('sintel', 'http://127.0.0.1:4000/yts').url).toBe(
			'http://127.0.0.1:4000/yts/api/v2/list_movies.json?query_term=sintel&limit=50'
		);
	});

	it('lists the latest films by date added, and nothing for TV', () => {
		expect(yts.latestRequests!('movie', 'http://127.0.0.1:4000/yts').map((request) => request.url)).toEqual([
			'http://127.0.0.1:4000/yts/api/v2/list_movies.json?sort_by=date_added&limit=50'
		]);
		expect(yts.latestRequests!('tv', 'http://127.0.0.1:4000/yts')).toEqual([]);
		expect(yts.imdbIdSearch).toBe('movie');
	});

	it('reads a sighting per quality', () => {
		const outcome = yts.parse(sampleAnswer(url, samples.results![0]!));
		expect(outcome).toMatchObject({
			kind: 'sightings',
			sightings: [
				{
					infohash: '08ada5a7a6183aae1e09d831df6748d566095a10',
					name: 'Sintel 2010 720p',
					size: 431604982,
					seeders: 25,
					leechers: 3,
					page: 'https://yts.mx/movies/sintel-2010'
				},
				{ infohash: '6a9759bffd5c0af65319979fb7832189f4f3c35d', name: 'Sintel 2010 1080p' }
			]
		});
	});

	it('reads no match as empty and a failed status as an error', () => {
		const none = JSON.stringify({ status: 'ok', data: { movie_count: 0, limit: 50, page_number: 1 } });
		expect(yts.parse(sampleAnswer(url, { body: none }))).toEqual({ kind: 'sightings', sightings: [] });
		const failed = JSON.stringify({ status: 'error', status_message: 'Invalid query', data: null });
		expect(yts.parse(sampleAnswer(url, { body: failed }))).toEqual({
			kind: 'error',
			reason: 'Invalid query'
		});
	});
});

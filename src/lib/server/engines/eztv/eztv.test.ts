// EZTV: an IMDb id goes to the API (string numbers coerced), other text to the search page.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { eztv } from './eztv.ts';
import { samples } from './samples.ts';

describe('eztv', () => {
	it('sends an IMDb id to the API and other text to the search page', () => {
		expect(eztv.buildRequest('tt0944947', 'http://127.0.0.1:4000/ez').url).toBe(
			'http://127.0.0.1:4000/ez/api/get-torrents?imdb_id=0944947&limit=100&page=1'
		);
		expect(eztv.buildRequest('silo s03e08', 'http://127.0.0.1:4000/ez').url).toBe(
			'http://127.0.0.1:4000/ez/search/silo-s03e08'
		);
	});

	it.skipIf(!hasFixtures)('reads a real API answer, numbers sent as strings coerced', () => {
		const url = eztv.buildRequest('tt0069658', eztv.defaultUrl).url;
		const outcome = eztv.parse(sampleAnswer(url, { body: readFixture(samples.captures[0]!).toString() }));
		expect(outcome.kind).toBe('sightings');
		if (outcome.kind !== 'sightings') return;
		expect(outcome.sightings).toHaveLength(100);
		expect(outcome.sightings[0]).toMatchObject({
			infohash: '31bf07ee22a0955a0c7334ed6dc08755e810d6cd',
			name: 'The.Young.and.the.Restless.S53E217.XviD-AFG[EZTVx.to].avi',
			size: 569777246,
			seeders: 0,
			leechers: 0,
			published: 1786753216000
		});
		expect(outcome.sightings[0]?.trackers).toContain('udp://tracker.opentrackr.org:1337/announce');
	});

	it('lists the latest episodes from the API without an id, and nothing for films', () => {
		expect(eztv.latestRequests!('tv', 'http://127.0.0.1:4000/ez').map((request) => request.url)).toEqual([
			'http://127.0.0.1:4000/ez/api/get-torrents?limit=100&page=1'
		]);
		expect(eztv.latestRequests!('movie', 'http://127.0.0.1:4000/ez')).toEqual([]);
	});

	it('reads the rows of a search page that have a magnet', () => {
		const url = eztv.buildRequest('silo', eztv.defaultUrl).url;
		expect(eztv.parse(sampleAnswer(url, samples.results![0]!))).toEqual({
			kind: 'sightings',
			sightings: [
				{
					infohash: '93a8760c99f346fb9e24bada88b113397423e348',
					name: 'Silo S03E08 1080p HEVC x265-MeGusta',
					size: Math.round(1.38 * 1024 ** 3),
					seeders: 6204,
					leechers: null,
					trackers: ['udp://tracker.opentrackr.org:1337/announce'],
					page: 'https://eztvx.to/ep/3141570/silo-s03e08-1080p-hevc-x265-megusta/'
				}
			]
		});
	});

	it('reads an id without torrents as empty, and a page that is not a search page as an error', () => {
		const api = eztv.buildRequest('tt9999999', eztv.defaultUrl).url;
		const none = JSON.stringify({ imdb_id: '9999999', torrents_count: 0, limit: 100, page: 1 });
		expect(eztv.parse(sampleAnswer(api, { body: none }))).toEqual({ kind: 'sightings', sightings: [] });
		const page = eztv.buildRequest('silo', eztv.defaultUrl).url;
		expect(eztv.parse(sampleAnswer(page, { body: '<html>moved</html>' }))).toMatchObject({ kind: 'error' });
		expect(eztv.parse(sampleAnswer(page, samples.blocked[0]!))).toMatchObject({ suspend: 'captcha' });
	});
});

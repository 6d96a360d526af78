// apibay: string fields read as numbers, uppercase infohashes lowered, the "no results" row dropped.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { apibay } from './apibay.ts';
import { samples } from './samples.ts';

const url = apibay.buildRequest('silo', apibay.defaultUrl).url;

describe('apibay', () => {
	it('lists the latest uploads: the recent list for everything, q.php by category for TV and films', () => {
		const base = 'http://127.0.0.1:4000/tpb';
		expect(apibay.latestRequests!(null, base).map((request) => request.url)).toEqual([
			'http://127.0.0.1:4000/tpb/precompiled/data_top100_recent.json'
		]);
		expect(apibay.latestRequests!('tv', base).map((request) => request.url)).toEqual([
			'http://127.0.0.1:4000/tpb/q.php?q=category%3A205',
			'http://127.0.0.1:4000/tpb/q.php?q=category%3A208'
		]);
		expect(apibay.latestRequests!('movie', base)).toHaveLength(2);
	});

	it('reads the precompiled list, whose numbers are numbers', () => {
		const row = {
			id: 84037747,
			info_hash: '92D8A3F6864911EF292B4BE0DD5286406396D2B3',
			category: 208,
			name: 'Silo S03E06 1080p WEB H264-CAKES',
			num_files: 1,
			size: 4388742440,
			seeders: 4024,
			leechers: 1793,
			added: 1786066501
		};
		const outcome = apibay.parse(sampleAnswer(url, { body: JSON.stringify([row]) }));
		expect(outcome).toMatchObject({
			kind: 'sightings',
			sightings: [
				{
					infohash: '92d8a3f6864911ef292b4be0dd5286406396d2b3',
					size: 4388742440,
					seeders: 4024,
					page: 'https://thepiratebay.org/description.php?id=84037747'
				}
			]
		});
	});

	it('asks q.php under the base URL', () => {
		expect(apibay.buildRequest('silo s03', 'http://127.0.0.1:4000/tpb').url).toBe(
			'http://127.0.0.1:4000/tpb/q.php?q=silo+s03&cat='
		);
	});

	it.skipIf(!hasFixtures)(
		'reads a real answer: lowercase infohash, numbers, item page, the site trackers',
		() => {
			const outcome = apibay.parse(sampleAnswer(url, { body: readFixture(samples.captures[0]!).toString() }));
			expect(outcome.kind).toBe('sightings');
			if (outcome.kind !== 'sightings') return;
			expect(outcome.sightings[0]).toEqual({
				infohash: '92d8a3f6864911ef292b4be0dd5286406396d2b3',
				name: 'Silo S03E06 1080p WEB H264-CAKES',
				size: 4388742440,
				seeders: 4024,
				leechers: 1793,
				trackers: expect.arrayContaining(['udp://tracker.opentrackr.org:1337/announce']),
				page: 'https://thepiratebay.org/description.php?id=84037747',
				published: 1786066501000
			});
		}
	);

	it('reads the placeholder row of a search with no match as empty', () => {
		const body = JSON.stringify([
			{
				id: '0',
				name: 'No results returned',
				info_hash: '0000000000000000000000000000000000000000',
				leechers: '0',
				seeders: '0',
				num_files: '0',
				size: '0',
				username: '',
				added: '0',
				status: 'member',
				category: '0',
				imdb: ''
			}
		]);
		expect(apibay.parse(sampleAnswer(url, { body }))).toEqual({ kind: 'sightings', sightings: [] });
	});

	it('rejects a changed shape and recognises a challenge', () => {
		expect(apibay.parse(sampleAnswer(url, { body: '{"results":[]}' }))).toMatchObject({ kind: 'error' });
		expect(
			apibay.parse(sampleAnswer(url, { body: '[{"id":"1","name":"x","info_hash":"AB","size":"big"}]' }))
		).toEqual({
			kind: 'error',
			reason: 'unexpected answer shape'
		});
		expect(apibay.parse(sampleAnswer(url, samples.blocked[0]!))).toMatchObject({ suspend: 'captcha' });
	});
});

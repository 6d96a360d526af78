// Knaben: a POSTed JSON search; hits read whether they carry a hash, a magnet or both.
import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../engine-samples.ts';
import { knaben } from './knaben.ts';
import { samples } from './samples.ts';

const url = knaben.buildRequest('ubuntu', knaben.defaultUrl).url;

describe('knaben', () => {
	it('POSTs the query as JSON to /v1 under the base URL', () => {
		const request = knaben.buildRequest('ubuntu 24.04', 'http://127.0.0.1:4000/kn');
		expect(request).toMatchObject({ url: 'http://127.0.0.1:4000/kn/v1', method: 'POST' });
		expect(JSON.parse(request.body!)).toMatchObject({ query: 'ubuntu 24.04', order_by: 'seeders' });
	});

	it('reads hash-only and magnet-only hits alike', () => {
		const outcome = knaben.parse(sampleAnswer(url, samples.results![0]!));
		expect(outcome).toEqual({
			kind: 'sightings',
			sightings: [
				{
					infohash: 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
					name: 'ubuntu-24.04.3-desktop-amd64.iso',
					size: 6345887744,
					seeders: 310,
					leechers: 12,
					trackers: [],
					page: 'https://thepiratebay.org/description.php?id=80000000'
				},
				{
					infohash: '93a8760c99f346fb9e24bada88b113397423e348',
					name: 'Silo S03E04 1080p WEB h264-CAKES',
					size: 3000000000,
					seeders: 900,
					leechers: 80,
					trackers: ['udp://open.stealth.si:80/announce'],
					page: 'https://1337x.to/torrent/1/silo/'
				}
			]
		});
	});

	it('skips a hit with neither, and rejects a changed shape', () => {
		const body = JSON.stringify({ hits: [{ title: 'x', hash: null, magnetUrl: null }] });
		expect(knaben.parse(sampleAnswer(url, { body }))).toEqual({ kind: 'sightings', sightings: [] });
		expect(knaben.parse(sampleAnswer(url, { body: '{"hits":null}' }))).toMatchObject({ kind: 'error' });
	});
});

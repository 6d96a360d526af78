// Torrents-csv: both answer shapes read; a changed one is an error.
import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../engine-samples.ts';
import { samples } from './samples.ts';
import { torrentsCsv } from './torrents-csv.ts';

const url = torrentsCsv.buildRequest('ubuntu', torrentsCsv.defaultUrl).url;
const ubuntu = {
	infohash: 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
	name: 'ubuntu-24.04.3-desktop-amd64.iso',
	size: 6345887744,
	seeders: 412,
	leechers: 9,
	trackers: [],
	page: null
};

describe('torrents-csv', () => {
	it('asks /service/search under the base URL', () => {
		expect(torrentsCsv.buildRequest('ubuntu', 'http://127.0.0.1:4000/tcsv').url).toBe(
			'http://127.0.0.1:4000/tcsv/service/search?q=ubuntu&size=100'
		);
	});

	it('reads the current shape and the bare list of older versions', () => {
		expect(torrentsCsv.parse(sampleAnswer(url, samples.results![0]!))).toEqual({
			kind: 'sightings',
			sightings: [ubuntu]
		});
		const bare = JSON.stringify([
			{
				infohash: 'D160B8D8EA35A5B4E52837468FC8F03D55CEF1F7',
				name: ubuntu.name,
				size_bytes: 6345887744,
				seeders: 412,
				leechers: 9
			}
		]);
		expect(torrentsCsv.parse(sampleAnswer(url, { body: bare }))).toEqual({
			kind: 'sightings',
			sightings: [ubuntu]
		});
	});

	it('reads null counts as unknown and rejects a bad infohash', () => {
		const body = JSON.stringify({
			torrents: [{ infohash: ubuntu.infohash, name: 'x', size_bytes: 1, seeders: null, leechers: null }]
		});
		expect(torrentsCsv.parse(sampleAnswer(url, { body }))).toMatchObject({
			sightings: [{ seeders: null, leechers: null }]
		});
		const bad = JSON.stringify({ torrents: [{ infohash: 'xyz', name: 'x', size_bytes: 1 }] });
		expect(torrentsCsv.parse(sampleAnswer(url, { body: bad }))).toEqual({
			kind: 'error',
			reason: 'unexpected answer shape'
		});
	});
});

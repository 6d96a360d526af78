// Nyaa: the RSS feed's nyaa: fields read, sizes in bytes, an empty feed empty.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { nyaa } from './nyaa.ts';
import { samples } from './samples.ts';

const url = nyaa.buildRequest('subsplease', nyaa.defaultUrl).url;

describe('nyaa', () => {
	it('asks the RSS view of a search under the base URL', () => {
		expect(nyaa.buildRequest('silo s03e06', 'http://127.0.0.1:4000/nyaa').url).toBe(
			'http://127.0.0.1:4000/nyaa/?page=rss&q=silo+s03e06&c=0_0&f=0'
		);
	});

	it.skipIf(!hasFixtures)('reads every item of a real feed', () => {
		const body = readFixture(samples.captures[0]!).toString();
		const outcome = nyaa.parse(sampleAnswer(url, { body }));
		expect(outcome.kind).toBe('sightings');
		if (outcome.kind !== 'sightings') return;
		expect(outcome.sightings).toHaveLength(body.split('<item>').length - 1);
		expect(outcome.sightings[0]).toEqual({
			infohash: '1286047be86268a63b9f76c7e536e036b1d03b2c',
			name: '[SubsPlease] Mairimashita! Iruma-kun S4 - 19 (1080p) [2ADA8299].mkv',
			size: Math.round(1.4 * 1024 ** 3),
			seeders: 864,
			leechers: 102,
			trackers: [],
			page: 'https://nyaa.si/view/2146472',
			published: Date.parse('2026-08-15T11:46:52Z')
		});
		expect(outcome.sightings[1]?.size).toBe(Math.round(386.9 * 1024 ** 2));
	});

	it.skipIf(!hasFixtures)('reads a real feed with no item as empty', () => {
		const body = readFixture(samples.emptyCaptures![0]!).toString();
		expect(nyaa.parse(sampleAnswer(url, { body }))).toEqual({ kind: 'sightings', sightings: [] });
	});

	it('lists the latest uploads without q: English-translated anime for TV, nothing for films', () => {
		const base = 'http://127.0.0.1:4000/nyaa';
		expect(nyaa.latestRequests!('tv', base).map((request) => request.url)).toEqual([
			'http://127.0.0.1:4000/nyaa/?page=rss&c=1_2&f=0'
		]);
		expect(nyaa.latestRequests!(null, base).map((request) => request.url)).toEqual([
			'http://127.0.0.1:4000/nyaa/?page=rss&c=0_0&f=0'
		]);
		expect(nyaa.latestRequests!('movie', base)).toEqual([]);
	});

	it('rejects a page that is not the feed, or an item without an infohash', () => {
		expect(nyaa.parse(sampleAnswer(url, { body: '<html><body>maintenance</body></html>' }))).toMatchObject({
			kind: 'error'
		});
		const body =
			'<rss><channel><item><title>x</title><guid>https://nyaa.si/view/1</guid><nyaa:size>1 KiB</nyaa:size></item></channel></rss>';
		expect(nyaa.parse(sampleAnswer(url, { body }))).toEqual({
			kind: 'error',
			reason: 'unexpected answer shape'
		});
		expect(nyaa.parse(sampleAnswer(url, samples.blocked[0]!))).toMatchObject({ suspend: 'captcha' });
	});
});

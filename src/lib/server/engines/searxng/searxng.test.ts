// SearXNG: torrent results become sightings, others links; a refused JSON format is explained.
import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../engine-samples.ts';
import { samples } from './samples.ts';
import { searxng } from './searxng.ts';

const base = 'http://127.0.0.1:8888/searx';
const url = searxng.buildRequest('ubuntu', base).url;

describe('searxng', () => {
	it('is off by default and asks the JSON API of the configured instance', () => {
		expect(searxng.defaultUrl).toBe('');
		expect(url).toBe('http://127.0.0.1:8888/searx/search?q=ubuntu&format=json&categories=general%2Cfiles');
	});

	it('reads torrent results as sightings and the rest as links', () => {
		expect(searxng.parse(sampleAnswer(url, samples.results![0]!))).toEqual({
			kind: 'sightings',
			sightings: [
				{
					infohash: 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
					name: 'ubuntu-24.04.3-desktop-amd64.iso',
					trackers: ['udp://tracker.opentrackr.org:1337/announce'],
					size: Math.round(5.9 * 1024 ** 3),
					seeders: 120,
					leechers: 7,
					page: 'https://bt4gprx.com/magnet/d160b8d8ea35a5b4e52837468fc8f03d55cef1f7'
				}
			],
			links: ['https://site.example/ubuntu']
		});
	});

	it('reads web results alone as links', () => {
		const body = JSON.stringify({ results: [{ url: 'https://a.example/', title: 'A' }] });
		expect(searxng.parse(sampleAnswer(url, { body }))).toEqual({
			kind: 'links',
			links: ['https://a.example/']
		});
	});

	it('says why an instance refuses the JSON format, and rejects a changed shape', () => {
		const refused = searxng.parse(sampleAnswer(url, { status: 403, body: 'Forbidden' }));
		expect(refused).toMatchObject({ kind: 'blocked', suspend: 'denied' });
		expect(refused.kind === 'blocked' && refused.reason).toContain('settings.yml');
		expect(searxng.parse(sampleAnswer(url, { body: '{"results": {}}' }))).toEqual({
			kind: 'error',
			reason: 'unexpected answer shape'
		});
	});
});

// Startpage: web clickUrls read from the script data in both spellings, ads left out.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { samples } from './samples.ts';
import { startpage } from './startpage.ts';

const url = startpage.buildRequest('javascript tutorial', startpage.defaultUrl).url;

describe('startpage', () => {
	it('asks /sp/search under the base URL', () => {
		expect(startpage.buildRequest('ubuntu', 'http://127.0.0.1:4000/sp').url).toBe(
			'http://127.0.0.1:4000/sp/sp/search?query=ubuntu&cat=web'
		);
	});

	it.skipIf(!hasFixtures)('reads the ten web results of a real page', () => {
		const outcome = startpage.parse(
			sampleAnswer(url, { body: readFixture(samples.captures[0]!).toString() })
		);
		expect(outcome).toMatchObject({ kind: 'links' });
		if (outcome.kind !== 'links') return;
		expect(outcome.links).toHaveLength(10);
		expect(outcome.links[0]).toBe('https://www.w3schools.com/js/');
		expect(outcome.links).toContain('https://www.geeksforgeeks.org/javascript/javascript-tutorial/');
	});

	it('reads the JSON spelling, escapes decoded, and skips ad regions', () => {
		expect(startpage.parse(sampleAnswer(url, samples.results![0]!))).toEqual({
			kind: 'links',
			links: ['https://site.example/post/1?a=1&b=2']
		});
	});

	it('recognises the captcha redirect', () => {
		expect(startpage.parse(sampleAnswer(url, samples.blocked[0]!))).toMatchObject({ suspend: 'captcha' });
	});
});

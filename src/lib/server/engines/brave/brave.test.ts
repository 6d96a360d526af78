// Brave: the first link of each web snippet, other snippets and Brave's own links left out.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { brave } from './brave.ts';
import { samples } from './samples.ts';

const url = brave.buildRequest('javascript tutorial', brave.defaultUrl).url;

describe('brave', () => {
	it('asks /search under the base URL', () => {
		expect(brave.buildRequest('a&b', 'http://127.0.0.1:4000/brave').url).toBe(
			'http://127.0.0.1:4000/brave/search?q=a%26b&source=web'
		);
	});

	it.skipIf(!hasFixtures)('reads one link per web snippet of a real page', () => {
		const outcome = brave.parse(sampleAnswer(url, { body: readFixture(samples.captures[0]!).toString() }));
		expect(outcome.kind).toBe('links');
		if (outcome.kind !== 'links') return;
		expect(outcome.links[0]).toBe('https://www.w3schools.com/js/');
		expect(outcome.links.length).toBeGreaterThanOrEqual(10);
		expect(outcome.links.every((link) => !new URL(link).hostname.endsWith('brave.com'))).toBe(true);
	});

	it('ignores snippets that are not web results', () => {
		const body = `<div class="snippet" data-type="video"><a href="https://video.example/">v</a></div>
<div class="snippet" data-type="web"><a href="https://site.example/a">a</a><a href="https://site.example/deep">deep</a></div>`;
		expect(brave.parse(sampleAnswer(url, { body }))).toEqual({
			kind: 'links',
			links: ['https://site.example/a']
		});
	});

	it('recognises 429 as a rate limit and its captcha as a captcha', () => {
		expect(brave.parse(sampleAnswer(url, { status: 429, body: '' }))).toMatchObject({
			suspend: 'rate-limit'
		});
		for (const sample of samples.blocked)
			expect(brave.parse(sampleAnswer(url, sample))).toMatchObject({ kind: 'blocked', suspend: 'captcha' });
	});
});

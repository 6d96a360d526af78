// DuckDuckGo: links unwrapped from its redirect, ads dropped, its bot answers recognised.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { duckduckgo } from './duckduckgo.ts';
import { samples } from './samples.ts';

const url = duckduckgo.buildRequest('foo', duckduckgo.defaultUrl).url;

describe('duckduckgo', () => {
	it('asks the HTML endpoint under the base URL, prefix kept', () => {
		expect(duckduckgo.buildRequest('ubuntu 24.04', 'http://127.0.0.1:4000/ddg').url).toBe(
			'http://127.0.0.1:4000/ddg/html/?q=ubuntu+24.04'
		);
	});

	it.skipIf(!hasFixtures)('reads the ten result links of a real page, unwrapped', () => {
		const outcome = duckduckgo.parse(
			sampleAnswer(url, { body: readFixture(samples.captures[0]!).toString() })
		);
		expect(outcome.kind).toBe('links');
		if (outcome.kind !== 'links') return;
		expect(outcome.links).toHaveLength(10);
		expect(outcome.links[0]).toBe('https://en.wikipedia.org/wiki/Foo_Fighters');
		expect(outcome.links).toContain('https://www.dictionary.com/e/tech-science/foo/');
		expect(outcome.links.every((link) => !link.includes('duckduckgo.com'))).toBe(true);
	});

	it('drops ads and keeps each link once', () => {
		const body = `<div class="result results_links result--ad"><a class="result__a" href="https://duckduckgo.com/y.js?ad_domain=shop.example">Ad</a></div>
<div class="result"><a class="result__a" href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fsite.example%2Fpost%2F1&amp;rut=ab">One</a></div>
<div class="result"><a class="result__a" href="//duckduckgo.com/l/?uddg=https%3A%2F%2Fsite.example%2Fpost%2F1&amp;rut=cd">Again</a></div>`;
		expect(duckduckgo.parse(sampleAnswer(url, { body }))).toEqual({
			kind: 'links',
			links: ['https://site.example/post/1']
		});
	});

	it('reads a page with no result as empty, and its bot pages as a captcha', () => {
		expect(
			duckduckgo.parse(sampleAnswer(url, { body: '<div class="no-results">No results.</div>' }))
		).toEqual({
			kind: 'links',
			links: []
		});
		for (const sample of samples.blocked)
			expect(duckduckgo.parse(sampleAnswer(url, sample))).toMatchObject({
				kind: 'blocked',
				suspend: 'captcha'
			});
	});
});

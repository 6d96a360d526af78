// Yahoo: organic links unwrapped from its RU= redirect, its consent wall recognised.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { samples } from './samples.ts';
import { yahoo } from './yahoo.ts';

const url = yahoo.buildRequest('javascript tutorial', yahoo.defaultUrl).url;

describe('yahoo', () => {
	it('asks /search?p= under the base URL', () => {
		expect(yahoo.buildRequest('ubuntu', 'http://127.0.0.1:4000/y').url).toBe(
			'http://127.0.0.1:4000/y/search?p=ubuntu'
		);
	});

	it.skipIf(!hasFixtures)('reads the organic links of a real page', () => {
		const outcome = yahoo.parse(sampleAnswer(url, { body: readFixture(samples.captures[0]!).toString() }));
		expect(outcome.kind).toBe('links');
		if (outcome.kind !== 'links') return;
		expect(outcome.links[0]).toBe('https://www.w3schools.com/Js/');
		expect(outcome.links.length).toBeGreaterThanOrEqual(5);
		expect(outcome.links.every((link) => !link.includes('yahoo.com'))).toBe(true);
	});

	it('unwraps the RU= redirect', () => {
		const body = `<div class="algo-sr"><div class="compTitle"><a href="https://r.search.yahoo.com/_ylt=Awr/RV=2/RE=1/RO=10/RU=https%3a%2f%2fsite.example%2fpost%2f1%3fa%3d1/RK=2/RS=x-">t</a></div></div>`;
		expect(yahoo.parse(sampleAnswer(url, { body }))).toEqual({
			kind: 'links',
			links: ['https://site.example/post/1?a=1']
		});
	});

	it('recognises the consent redirect', () => {
		expect(yahoo.parse(sampleAnswer(url, samples.blocked[0]!))).toMatchObject({
			kind: 'blocked',
			suspend: 'captcha',
			reason: 'consent page'
		});
	});
});

// Mojeek: result links read, its "more from this site" searches left out, 403 and its captcha page taken
// as blocks.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { mojeek } from './mojeek.ts';
import { samples } from './samples.ts';

const url = mojeek.buildRequest('javascript tutorial', mojeek.defaultUrl).url;

describe('mojeek', () => {
	it('asks /search under the base URL', () => {
		expect(mojeek.buildRequest('ubuntu', 'http://127.0.0.1:4000/m').url).toBe(
			'http://127.0.0.1:4000/m/search?q=ubuntu'
		);
	});

	it.skipIf(!hasFixtures)('reads the result links of a real page, in order', () => {
		const outcome = mojeek.parse(sampleAnswer(url, { body: readFixture(samples.captures[0]!).toString() }));
		expect(outcome.kind).toBe('links');
		if (outcome.kind !== 'links') return;
		expect(outcome.links.slice(0, 2)).toEqual(['https://javascript.info/', 'https://www.w3schools.com/js/']);
		expect(outcome.links.every((link) => !link.includes('mojeek.com'))).toBe(true);
	});

	it('takes its 403 page as access denied', () => {
		expect(mojeek.parse(sampleAnswer(url, samples.blocked[0]!))).toMatchObject({
			kind: 'blocked',
			suspend: 'denied'
		});
	});

	it('takes its captcha page, served with status 200, as a captcha, not as no results', () => {
		const page = samples.blocked[1]!;
		expect(page.status).toBe(200);
		expect(mojeek.parse(sampleAnswer(url, page))).toMatchObject({ kind: 'blocked', suspend: 'captcha' });
		// Known by its title or its wrapper alone, whichever Mojeek keeps when it reworks the page.
		for (const body of [
			'<html><head><title>Captcha</title></head><body><p>Checking…</p></body></html>',
			'<html><body><div class="captcha-wrap"><h1>Are you a robot?</h1></div></body></html>'
		])
			expect(mojeek.parse(sampleAnswer(url, { body }))).toMatchObject({
				kind: 'blocked',
				suspend: 'captcha'
			});
		// A result page that merely mentions captchas is read as results.
		const results = `<html><head><title>captcha - Mojeek Search</title></head><body><ul class="results-standard">
<li><a class="ob" href="https://en.wikipedia.org/wiki/CAPTCHA">CAPTCHA</a></li></ul></body></html>`;
		expect(mojeek.parse(sampleAnswer(url, { body: results }))).toEqual({
			kind: 'links',
			links: ['https://en.wikipedia.org/wiki/CAPTCHA']
		});
	});
});

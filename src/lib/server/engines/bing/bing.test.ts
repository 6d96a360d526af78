// Bing: organic links unwrapped from its ck/a tracker, block pages recognised.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '#tests/fake-web/fake-web.ts';
import { sampleAnswer } from '../engine-samples.ts';
import { bing } from './bing.ts';
import { samples } from './samples.ts';

const url = bing.buildRequest('javascript tutorial', bing.defaultUrl).url;

describe('bing', () => {
	it('asks /search under the base URL', () => {
		expect(bing.buildRequest('ubuntu iso', 'http://127.0.0.1:4000/bing/').url).toBe(
			'http://127.0.0.1:4000/bing/search?q=ubuntu+iso'
		);
	});

	it.skipIf(!hasFixtures)('reads the organic links of a real page, decoded from u=a1<base64url>', () => {
		const outcome = bing.parse(sampleAnswer(url, { body: readFixture(samples.captures[0]!).toString() }));
		expect(outcome.kind).toBe('links');
		if (outcome.kind !== 'links') return;
		expect(outcome.links.length).toBeGreaterThanOrEqual(8);
		expect(outcome.links).toContain('https://www.w3schools.com/');
		expect(outcome.links.every((link) => !new URL(link).hostname.endsWith('bing.com'))).toBe(true);
	});

	it('keeps a direct link and drops a tracker it cannot decode', () => {
		const target = Buffer.from('https://site.example/t/1?x=1&y=2').toString('base64url');
		const body = `<ol><li class="b_algo"><h2><a href="https://www.bing.com/ck/a?!&amp;&amp;p=1&amp;u=a1${target}&amp;ntb=1">A</a></h2></li>
<li class="b_algo"><h2><a href="https://direct.example/">B</a></h2></li>
<li class="b_algo"><h2><a href="https://www.bing.com/ck/a?!&amp;&amp;p=2&amp;u=zz">C</a></h2></li></ol>`;
		expect(bing.parse(sampleAnswer(url, { body }))).toEqual({
			kind: 'links',
			links: ['https://site.example/t/1?x=1&y=2', 'https://direct.example/']
		});
	});

	it('recognises its captcha redirect and page', () => {
		for (const sample of samples.blocked)
			expect(bing.parse(sampleAnswer(url, sample))).toMatchObject({ kind: 'blocked', suspend: 'captcha' });
	});
});

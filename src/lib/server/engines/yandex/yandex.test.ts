// Yandex: the site-search widget's links read, its captcha redirect and page recognised.
import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../engine-samples.ts';
import { samples } from './samples.ts';
import { yandex } from './yandex.ts';

const url = yandex.buildRequest('ubuntu', yandex.defaultUrl).url;

describe('yandex', () => {
	it('asks the site-search widget under the base URL', () => {
		const asked = new URL(yandex.buildRequest('ubuntu iso', 'http://127.0.0.1:4000/ya').url);
		expect(asked.pathname).toBe('/ya/search/site/');
		expect(asked.searchParams.get('text')).toBe('ubuntu iso');
	});

	it('reads the result links and leaves its own out', () => {
		expect(yandex.parse(sampleAnswer(url, samples.results![0]!))).toEqual({
			kind: 'links',
			links: ['https://site.example/post/1']
		});
	});

	it('recognises the showcaptcha redirect and the captcha page', () => {
		for (const sample of samples.blocked)
			expect(yandex.parse(sampleAnswer(url, sample))).toMatchObject({ kind: 'blocked', suspend: 'captcha' });
	});
});

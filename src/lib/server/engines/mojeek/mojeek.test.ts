// Mojeek: result links read, its "more from this site" searches left out, 403 taken as a block.
import { describe, expect, it } from 'vitest';
import { hasFixtures, readFixture } from '../../../../../tests/fake-web/fake-web.ts';
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
});

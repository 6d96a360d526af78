// Google: the request SearXNG uses today, links unwrapped from /url?q=, the sorry, consent and
// JavaScript walls recognised.
import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../engine-samples.ts';
import { google } from './google.ts';
import { samples } from './samples.ts';

describe('google', () => {
	it("asks the search app's progressive endpoint under the base URL", () => {
		const request = google.buildRequest('ubuntu iso', 'http://127.0.0.1:4000/g');
		const url = new URL(request.url);
		expect(url.origin + url.pathname).toBe('http://127.0.0.1:4000/g/search');
		expect(url.searchParams.get('q')).toBe('ubuntu iso');
		expect(url.searchParams.get('asearch')).toBe('arc');
		expect(url.searchParams.get('async')).toMatch(/^arc_id:srp_[\w-]{23}_100,use_ac:true,_fmt:prog$/);
		expect(request.headers?.['user-agent']).toContain('GSA/');
	});

	it('reads result links, unwrapped, leaving its own searches out', () => {
		const url = google.buildRequest('ubuntu', google.defaultUrl).url;
		expect(google.parse(sampleAnswer(url, samples.results![0]!))).toEqual({
			kind: 'links',
			links: ['https://site.example/post/1', 'https://other.example/ubuntu']
		});
	});

	it('recognises each wall with its own reason', () => {
		const url = google.buildRequest('ubuntu', google.defaultUrl).url;
		const reasons = samples.blocked.map((sample) => {
			const outcome = google.parse(sampleAnswer(url, sample));
			return outcome.kind === 'blocked' ? outcome.reason : outcome.kind;
		});
		expect(reasons).toEqual(['"unusual traffic" captcha', 'consent page', 'JavaScript wall']);
	});
});

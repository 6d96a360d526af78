// Folding search events into what the page shows: order kept, re-sent results merged in place.
import { describe, expect, it } from 'vitest';
import type { Result } from '#lib/search-events.ts';
import { applyEvent, emptyProgress, pageCounts } from './search-progress.ts';

const first: Result = {
	infohash: 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
	name: 'ubuntu-24.04.3-desktop-amd64.iso',
	magnet: 'magnet:?xt=urn:btih:d160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
	trackers: [],
	size: null,
	seeders: null,
	leechers: null,
	files: null,
	release: null,
	sources: [{ engine: 'bing', page: 'https://example.org/a' }]
};
const second: Result = { ...first, infohash: 'a73bae11679048b916457363917a3ce5ea8a287e', name: 'other' };

describe('applyEvent', () => {
	it('keeps first-seen order and replaces a re-sent result where it stands', () => {
		const progress = emptyProgress();
		expect(applyEvent(progress, { type: 'result', ...first })).toBe('new');
		expect(applyEvent(progress, { type: 'result', ...second })).toBe('new');
		expect(applyEvent(progress, { type: 'result', ...first, seeders: 40, trackers: ['udp://t:1'] })).toBe(
			'updated'
		);
		expect(progress.results.map((r) => r.name)).toEqual([first.name, 'other']);
		expect(progress.results[0]).toMatchObject({ seeders: 40, trackers: ['udp://t:1'] });
		expect(progress.results[0]).not.toHaveProperty('type');
	});

	it('records engines, pages and the end', () => {
		const progress = emptyProgress();
		applyEvent(progress, {
			type: 'engine',
			id: 'bing',
			status: 'blocked',
			ms: 300,
			links: [],
			error: 'captcha page'
		});
		applyEvent(progress, { type: 'page', url: 'https://a/1', engine: 'bing', magnets: 2, error: null });
		applyEvent(progress, { type: 'page', url: 'https://a/2', engine: 'bing', magnets: 0, error: 'timeout' });
		applyEvent(progress, { type: 'done', elapsedMs: 2310 });
		expect(progress.engines.bing).toEqual({
			id: 'bing',
			status: 'blocked',
			ms: 300,
			links: [],
			error: 'captcha page'
		});
		expect(pageCounts(progress)).toEqual({ checked: 2, withMagnets: 1 });
		expect(progress.elapsedMs).toBe(2310);
	});
});

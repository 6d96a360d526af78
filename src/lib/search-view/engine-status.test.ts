// Chip statuses and the sentences that explain a failed engine.
import { describe, expect, it } from 'vitest';
import type { EngineInfo } from '#lib/search-events.ts';
import { chipStatus, problemSentence } from './engine-status.ts';

const bing: EngineInfo = {
	id: 'bing',
	name: 'Bing',
	kind: 'web',
	enabled: true,
	url: 'https://www.bing.com',
	suspendedUntil: null
};

describe('chipStatus', () => {
	it('waits, then times out when the search ends without an answer', () => {
		expect(chipStatus(bing, undefined, false)).toBe('waiting');
		expect(chipStatus(bing, undefined, true)).toBe('timeout');
	});
	it('takes the report when there is one', () => {
		expect(
			chipStatus(bing, { id: 'bing', status: 'blocked', ms: 20, links: [], error: 'captcha page' }, true)
		).toBe('blocked');
		expect(
			chipStatus(
				bing,
				{ id: 'bing', status: 'blocked', ms: 0, links: [], error: 'suspended after a captcha' },
				true
			)
		).toBe('suspended');
	});
	it('shows a suspension that has not ended', () => {
		const later = new Date(Date.now() + 60_000).toISOString();
		expect(chipStatus({ ...bing, suspendedUntil: later }, undefined, false)).toBe('suspended');
	});
});

describe('problemSentence', () => {
	it('names the engine and the reason', () => {
		expect(problemSentence('DuckDuckGo', 'blocked', 'captcha')).toBe(
			'DuckDuckGo blocked this server (captcha)'
		);
		expect(problemSentence('Bing', 'ok', null)).toBeNull();
	});
});

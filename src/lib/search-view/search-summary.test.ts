// The words both results pages put beside the cards: progress line, failed engines, empty notice.
import { describe, expect, it } from 'vitest';
import type { EngineInfo, SearchEvent } from '#lib/search-events.ts';
import { applyEvent, emptyProgress } from './search-progress.ts';
import { emptyNotice, problemSentences, progressLine, progressSummary } from './search-summary.ts';

const engine = (id: string, name: string): EngineInfo => ({
	id,
	name,
	kind: 'web',
	enabled: true,
	url: `https://${id}.example`,
	suspendedUntil: null
});
const searched = [engine('bing', 'Bing'), engine('duckduckgo', 'DuckDuckGo'), engine('mojeek', 'Mojeek')];

function progressOf(events: SearchEvent[]) {
	const progress = emptyProgress();
	for (const event of events) applyEvent(progress, event);
	return progress;
}

const bingOk: SearchEvent = { type: 'engine', id: 'bing', status: 'ok', ms: 300, links: [], error: null };
const ddgBlocked: SearchEvent = {
	type: 'engine',
	id: 'duckduckgo',
	status: 'blocked',
	ms: 90,
	links: [],
	error: 'captcha page'
};
// An engine the page did not search (another tab's choice, an old cache entry) is not counted.
const other: SearchEvent = { type: 'engine', id: 'yandex', status: 'ok', ms: 80, links: [], error: null };
const page = (url: string, magnets: number): SearchEvent => ({
	type: 'page',
	url,
	engine: 'bing',
	magnets,
	error: null
});

describe('progressSummary and progressLine', () => {
	it('counts the engines searched that answered, the pages checked and the magnets', () => {
		const progress = progressOf([
			bingOk,
			other,
			page('https://a.example/1', 0),
			page('https://a.example/2', 2)
		]);
		expect(progressSummary(progress, searched)).toBe('1 of 3 engines answered · 2 pages checked · 0 magnets');
		expect(progressLine(progress, searched, 'en')).toBe(progressSummary(progress, searched));
	});

	it('says how long the search took once it ended', () => {
		const progress = progressOf([bingOk, ddgBlocked, { type: 'done', elapsedMs: 2310 }]);
		expect(progressLine(progress, searched, 'en')).toBe(
			'2 of 3 engines answered · 0 pages checked · 0 magnets · done in 2.3\u00a0s'
		);
	});
});

describe('problemSentences', () => {
	it('says why an engine failed, and once finished which never answered', () => {
		const progress = progressOf([bingOk, ddgBlocked]);
		expect(problemSentences(progress, searched, false)).toEqual([
			'DuckDuckGo blocked this server (captcha page)'
		]);
		expect(problemSentences(progress, searched, true)).toEqual([
			'DuckDuckGo blocked this server (captcha page)',
			'Mojeek did not answer in time'
		]);
	});
});

describe('emptyNotice', () => {
	it('tells pages without magnets from nothing found at all', () => {
		expect(emptyNotice(progressOf([page('https://a.example/1', 0)]), 'ubuntu')).toBe(
			'No magnets on the 1 pages checked.'
		);
		expect(emptyNotice(emptyProgress(), 'ubuntu')).toBe('No engine returned anything for “ubuntu”.');
	});
});

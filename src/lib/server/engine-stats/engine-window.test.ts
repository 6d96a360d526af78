// An engine's window: the sample a report makes, the cut at 200, and the summary /stats and /metrics show.
import { describe, expect, it } from 'vitest';
import {
	appendSamples,
	percentile,
	sampleOf,
	summarise,
	WINDOW_SIZE,
	type EngineSample
} from './engine-window.ts';

const AT = Date.UTC(2026, 11, 7, 12);

function sample(
	ms: number,
	status: EngineSample['status'] = 'ok',
	suspension: EngineSample['suspension'] = null
) {
	return { at: AT, status, ms, suspension };
}

describe('sampleOf', () => {
	it('tells a suspension that began from one that kept the engine out', () => {
		const report = { id: 'bing', links: [], ms: 412.4 };
		expect(sampleOf({ ...report, status: 'ok', error: null }, AT)).toEqual(sample(412));
		expect(sampleOf({ ...report, status: 'blocked', error: 'captcha page' }, AT)).toEqual(
			sample(412, 'blocked', 'began')
		);
		expect(
			sampleOf(
				{ ...report, ms: 2, status: 'blocked', error: 'x', suspendedUntil: '2026-12-07T13:00:00Z' },
				AT
			)
		).toEqual(sample(2, 'blocked', 'skipped'));
		expect(sampleOf({ ...report, status: 'timeout', error: 'late' }, AT).suspension).toBeNull();
	});
});

describe('appendSamples', () => {
	it('keeps the last WINDOW_SIZE, oldest first', () => {
		const window = Array.from({ length: WINDOW_SIZE - 1 }, (_, index) => sample(index));
		const next = appendSamples(window, [sample(1000), sample(1001)]);
		expect(next).toHaveLength(WINDOW_SIZE);
		expect(next[0]?.ms).toBe(1);
		expect(next.at(-1)?.ms).toBe(1001);
	});
});

describe('summarise', () => {
	it('counts outcomes and suspensions, and times only the searches that asked the engine', () => {
		const samples = [
			...Array.from({ length: 100 }, (_, index) => sample(index + 1)),
			sample(5000, 'timeout'),
			sample(300, 'blocked', 'began'),
			sample(1, 'blocked', 'skipped'),
			sample(1, 'blocked', 'skipped'),
			sample(200, 'empty'),
			sample(90, 'error')
		];
		const summary = summarise(samples);
		expect(summary.searches).toBe(106);
		expect(summary.counts).toEqual({ ok: 100, empty: 1, blocked: 3, timeout: 1, error: 1 });
		expect(summary.suspensions).toBe(1);
		expect(summary.skipped).toBe(2);
		// 104 timed: 1..100, 5000, 300, 200 and a second 90. Rank 52 is 52; rank 99 (of 104) is 98, one
		// place lower than without the second 90.
		expect(summary.medianMs).toBe(52);
		expect(summary.p95Ms).toBe(98);
		expect(summary.slowestMs).toBe(5000);
	});

	it('has no times for an engine never asked, and nothing at all for none', () => {
		expect(summarise([sample(1, 'blocked', 'skipped')])).toMatchObject({
			medianMs: null,
			p95Ms: null,
			skipped: 1
		});
		expect(summarise([])).toMatchObject({ searches: 0, medianMs: null, suspensions: 0 });
	});

	it('takes the nearest rank, always one of the values', () => {
		expect(percentile([10], 95)).toBe(10);
		expect(percentile([10, 20], 50)).toBe(10);
		expect(percentile([10, 20, 30, 40], 95)).toBe(40);
		expect(percentile([], 50)).toBeNull();
	});
});

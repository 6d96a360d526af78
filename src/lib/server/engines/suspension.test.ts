// Suspension: blocked engines are left out for a while, by kind, and come back by themselves.
import { afterEach, describe, expect, it } from 'vitest';
import { clearSuspensions, suspend, suspendedUntil, SUSPENSION_MS } from './suspension.ts';

const now = Date.UTC(2026, 10, 24, 9, 0);

afterEach(clearSuspensions);

describe('suspension', () => {
	it('leaves an engine out until its time is up, then lets it back', () => {
		const until = suspend('duckduckgo', 'captcha', now);
		expect(until).toBe(now + SUSPENSION_MS.captcha);
		expect(suspendedUntil('duckduckgo', now + 1)).toBe(until);
		expect(suspendedUntil('duckduckgo', until - 1)).toBe(until);
		expect(suspendedUntil('duckduckgo', until)).toBeNull();
		expect(suspendedUntil('duckduckgo', now)).toBeNull();
	});

	it('suspends a captcha or a denial longer than a rate limit', () => {
		expect(SUSPENSION_MS.captcha).toBeGreaterThan(SUSPENSION_MS['rate-limit']);
		expect(SUSPENSION_MS.denied).toBeGreaterThan(SUSPENSION_MS['rate-limit']);
		expect(suspend('brave', 'rate-limit', now)).toBe(now + 10 * 60_000);
	});

	it('keeps the longer suspension when a shorter one follows', () => {
		const long = suspend('google', 'captcha', now);
		expect(suspend('google', 'rate-limit', now + 1000)).toBe(long);
	});

	it('touches only the engine suspended, and clears for tests', () => {
		suspend('bing', 'denied', now);
		expect(suspendedUntil('mojeek', now)).toBeNull();
		clearSuspensions();
		expect(suspendedUntil('bing', now)).toBeNull();
	});

	it('reads the real clock by default', () => {
		const until = suspend('nyaa', 'rate-limit');
		expect(until).toBeGreaterThan(Date.now());
		expect(suspendedUntil('nyaa')).toBe(until);
	});
});

// The rate limit's arithmetic on a hand-driven clock: refill, retry hints, bounded memory, client keys.
import { describe, expect, it } from 'vitest';
import { ClientRateLimit, SearchSlots, clientKey } from './client-rate-limit.ts';

function clock(start = 1_000_000) {
	let now = start;
	return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('ClientRateLimit', () => {
	it('allows a burst of the per-minute count, then refuses with a retry hint until a token refills', () => {
		const time = clock();
		const limit = new ClientRateLimit(6, 100, time.now);
		for (let i = 0; i < 6; i++) expect(limit.take('a')).toEqual({ ok: true, value: null });
		expect(limit.take('a')).toEqual({ ok: false, error: { retryAfterSeconds: 10 } });
		expect(limit.take('b')).toEqual({ ok: true, value: null });
		time.advance(9_000);
		expect(limit.peek('a').ok).toBe(false);
		time.advance(1_000);
		expect(limit.peek('a')).toEqual({ ok: true, value: null });
		expect(limit.take('a')).toEqual({ ok: true, value: null });
		expect(limit.take('a').ok).toBe(false);
	});

	it('never holds more than the per-minute count, however long a client stays away', () => {
		const time = clock();
		const limit = new ClientRateLimit(2, 100, time.now);
		time.advance(3_600_000);
		expect([limit.take('a'), limit.take('a'), limit.take('a')].map((d) => d.ok)).toEqual([true, true, false]);
	});

	it('forgets the least recently seen client once it tracks the maximum', () => {
		const time = clock();
		const limit = new ClientRateLimit(1, 100, time.now);
		limit.take('old');
		for (let i = 0; i < 10_000; i++) limit.take(`client-${i}`);
		expect(limit.trackedClients).toBe(100);
		expect(limit.take('old').ok).toBe(true);
		expect(limit.take('client-9999').ok).toBe(false);
	});

	it('peeking counts nothing', () => {
		const limit = new ClientRateLimit(1, 10, clock().now);
		for (let i = 0; i < 5; i++) expect(limit.peek('a').ok).toBe(true);
		expect(limit.take('a').ok).toBe(true);
	});
});

describe('clientKey', () => {
	it.each([
		['203.0.113.7', '203.0.113.7'],
		['::ffff:203.0.113.7', '203.0.113.7'],
		['2001:db8:1:2:aaaa::1', '2001:db8:1:2::/64'],
		['2001:db8:1:2:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
		['', 'unknown'],
		['not an address', 'not an address']
	])('counts %j as %j', (address, key) => {
		expect(clientKey(address)).toBe(key);
	});
});

describe('SearchSlots', () => {
	it('hands out at most max slots, each released once', () => {
		const slots = new SearchSlots(2);
		const first = slots.tryAcquire();
		const second = slots.tryAcquire();
		expect(slots.tryAcquire()).toBeNull();
		first?.();
		first?.();
		expect(slots.active).toBe(1);
		expect(slots.tryAcquire()).not.toBeNull();
		second?.();
		expect(slots.active).toBe(1);
	});

	it('caps nothing at 0', () => {
		const slots = new SearchSlots(0);
		for (let i = 0; i < 1000; i++) expect(slots.tryAcquire()).not.toBeNull();
	});
});

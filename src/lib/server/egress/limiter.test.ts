// The in-flight bound: never more than its size at once, and a waiter can give up its place.
import { describe, expect, it } from 'vitest';
import { Limiter } from './limiter.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Limiter', () => {
	it('runs at most `size` tasks at a time and all of them in the end', async () => {
		const limiter = new Limiter(2);
		let running = 0;
		let peak = 0;
		const task = async (n: number) => {
			peak = Math.max(peak, ++running);
			await pause(10);
			running--;
			return n;
		};
		const results = await Promise.all([1, 2, 3, 4, 5].map((n) => limiter.run(() => task(n))));
		expect(results).toEqual([1, 2, 3, 4, 5]);
		expect(peak).toBe(2);
		expect(limiter.active).toBe(0);
	});

	it('lets an aborted waiter leave the queue without taking a slot', async () => {
		const limiter = new Limiter(1);
		const first = limiter.run(() => pause(30));
		const controller = new AbortController();
		const second = limiter.run(async () => 'ran', controller.signal);
		controller.abort(new Error('gave up'));
		await expect(second).rejects.toThrow('gave up');
		await first;
		expect(limiter.active).toBe(0);
		await expect(limiter.run(async () => 'next')).resolves.toBe('next');
	});
});

import { describe, expect, it } from 'vitest';
import { EventChannel } from './event-channel.ts';

describe('EventChannel', () => {
	it('delivers items pushed before and while the consumer waits, in order, then ends on close', async () => {
		const channel = new EventChannel<number>();
		channel.push(1);
		const seen: number[] = [];
		const consumed = (async () => {
			for await (const item of channel) seen.push(item);
		})();
		await Promise.resolve();
		channel.push(2);
		setTimeout(() => {
			channel.push(3);
			channel.close();
			channel.push(4);
		}, 10);
		await consumed;
		expect(seen).toEqual([1, 2, 3]);
	});
});

// SharedRun: readers joining at any time read every event from the first, and the producer is stopped
// only when its last reader leaves before the end.
import { describe, expect, it } from 'vitest';
import { EventChannel } from './event-channel.ts';
import { SharedRun } from './shared-run.ts';

/** A producer the test feeds by hand, which records whether it was told to stop. */
function fedRun() {
	const channel = new EventChannel<number>();
	const seen = { stopped: false, ended: false };
	const run = new SharedRun<number>(
		(signal) => {
			signal.addEventListener('abort', () => {
				seen.stopped = true;
				channel.close();
			});
			return channel;
		},
		{ keyOf: (event) => (event >= 100 ? String(event % 100) : null), ended: () => (seen.ended = true) }
	);
	return { channel, seen, run };
}

async function readAll<T>(events: AsyncIterable<T>): Promise<T[]> {
	const read: T[] = [];
	for await (const event of events) read.push(event);
	return read;
}

const turns = async (count = 3) => {
	for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
};

describe('SharedRun', () => {
	it('gives a reader who joins late every event from the first, in order, and ends both together', async () => {
		const { channel, seen, run } = fedRun();
		const early = readAll(run.read());
		channel.push(1);
		channel.push(2);
		await turns();
		const late = readAll(run.read());
		channel.push(3);
		channel.close();
		expect(await early).toEqual([1, 2, 3]);
		expect(await late).toEqual([1, 2, 3]);
		expect(seen).toEqual({ stopped: false, ended: true });
		expect(run.joinable).toBe(false);
	});

	it('goes on while one reader remains, and stops when the last one leaves', async () => {
		const { channel, seen, run } = fedRun();
		const leaving = new AbortController();
		const first = readAll(run.read(leaving.signal));
		const second = run.read()[Symbol.asyncIterator]();
		channel.push(1);
		expect(await second.next()).toEqual({ value: 1, done: false });
		leaving.abort();
		expect(await first).toEqual([1]);
		channel.push(2);
		expect(await second.next()).toEqual({ value: 2, done: false });
		expect(seen.stopped).toBe(false);
		expect(run.joinable).toBe(true);
		await second.return(undefined);
		expect(seen.stopped).toBe(true);
		expect(run.joinable).toBe(false);
		await turns();
		expect(seen.ended).toBe(true);
	});

	it('gives a later reader only the latest of events that supersede each other', async () => {
		const { channel, run } = fedRun();
		const early = readAll(run.read());
		// 101 and 201 are two states of one thing (key 1); 2 and 3 stand alone.
		for (const event of [101, 2, 201, 3]) channel.push(event);
		await turns();
		const late = readAll(run.read());
		channel.close();
		expect(await early).toEqual([101, 2, 201, 3]);
		expect(await late).toEqual([2, 201, 3]);
	});

	it('gives nothing to a reader whose client was gone before it read, and stops a run it alone held', async () => {
		const { channel, seen, run } = fedRun();
		channel.push(1);
		expect(await readAll(run.read(AbortSignal.abort()))).toEqual([]);
		expect(seen.stopped).toBe(true);
		expect(run.joinable).toBe(false);
	});
});

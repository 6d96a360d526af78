// The recorder on each real state backend (SQLite in a temporary directory, Redis on a loopback
// redis-server): windows of the last 200 searches, in-process counters, and a search that never waits
// for the store nor fails with it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EngineReport, PageEvent } from '#lib/search-events.ts';
import { activityCounts } from '#lib/server/activity.ts';
import type { Bounds, KeyValueStore } from '#lib/server/state/key-value-store.ts';
import { MemoryStore } from '#lib/server/state/memory-store.ts';
import { RedisStore } from '#lib/server/state/redis-store.ts';
import { SqliteStore } from '#lib/server/state/sqlite-store.ts';
import { useStateStore } from '#lib/server/state/state.ts';
import { hasRedis, startRedis, type RedisServer } from '#tests/redis-server.ts';
import { summarise, WINDOW_SIZE } from './engine-window.ts';
import { engineCounters, engineStatsWritten, recordSearch } from './recorder.ts';
import { readWindows } from './window-store.ts';

function report(
	id: string,
	status: EngineReport['status'],
	ms: number,
	extra: Partial<EngineReport> = {}
): EngineReport {
	return { id, status, ms, links: [], error: status === 'ok' ? null : 'why', ...extra };
}

const page = (magnets: number, error: string | null = null): PageEvent => ({
	type: 'page',
	url: 'https://site.example/post',
	engine: 'bing',
	magnets,
	error
});

/** The suite each backend runs: every engine id unique to the backend, since counters are per process. */
function recorderSuite(backend: string, open: () => Promise<KeyValueStore>, cleanUp = async () => {}): void {
	describe(`engine stats on ${backend}`, () => {
		beforeAll(async () => useStateStore(await open()));
		afterAll(async () => {
			await useStateStore(new MemoryStore());
			await cleanUp();
		});

		it('keeps each engine window of its searches, and summarises it', async () => {
			const fast = `${backend}-fast`;
			const flaky = `${backend}-flaky`;
			recordSearch(
				[report(fast, 'ok', 120), report(flaky, 'blocked', 900)],
				[page(3), page(0), page(0, 'HTTP 500')]
			);
			recordSearch(
				[report(fast, 'empty', 80), report(flaky, 'blocked', 1, { suspendedUntil: '2030-01-01T00:00:00Z' })],
				[]
			);
			recordSearch([report(fast, 'timeout', 10_000), report(flaky, 'ok', 600)], []);
			await engineStatsWritten();
			const windows = await readWindows([fast, flaky, `${backend}-never`]);
			expect(windows.get(fast)?.map((sample) => sample.status)).toEqual(['ok', 'empty', 'timeout']);
			expect(summarise(windows.get(fast)!)).toMatchObject({
				searches: 3,
				medianMs: 120,
				p95Ms: 10_000,
				suspensions: 0
			});
			expect(summarise(windows.get(flaky)!)).toMatchObject({
				counts: { ok: 1, empty: 0, blocked: 2, timeout: 0, error: 0 },
				suspensions: 1,
				skipped: 1,
				medianMs: 600,
				p95Ms: 900
			});
			expect(windows.get(`${backend}-never`)).toEqual([]);

			const counters = engineCounters().get(flaky);
			expect(counters).toMatchObject({
				outcomes: { blocked: 2, ok: 1 },
				suspensions: 1,
				timed: 2,
				sumMs: 1500
			});
			// 900 ms and 600 ms both fall in the 1 s bucket; the skipped search is not timed.
			expect(counters?.buckets).toEqual([0, 0, 2, 0, 0, 0, 0, 0]);
		});

		it('loses no sample when many searches end at once, and keeps only the last 200', async () => {
			const busy = `${backend}-busy`;
			for (let index = 0; index < WINDOW_SIZE + 50; index++) recordSearch([report(busy, 'ok', index)], []);
			await engineStatsWritten();
			for (let index = 0; index < 30; index++) {
				recordSearch([report(busy, 'ok', 1000 + index)], []);
				// Ends interleaved with the writes of the previous ones.
				if (index % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
			}
			await engineStatsWritten();
			const window = (await readWindows([busy])).get(busy)!;
			expect(window).toHaveLength(WINDOW_SIZE);
			expect(window.at(-1)?.ms).toBe(1029);
			// The 280 recorded, less the oldest 80.
			expect(window[0]?.ms).toBe(80);
			expect(engineCounters().get(busy)?.outcomes.ok).toBe(WINDOW_SIZE + 80);
		});
	});
}

let dir: string;
recorderSuite(
	'sqlite',
	async () => new SqliteStore((dir = mkdtempSync(join(tmpdir(), 'cf-torrent-engine-stats-')))),
	async () => rmSync(dir, { recursive: true, force: true })
);

let redis: RedisServer | undefined;
describe.skipIf(!hasRedis)('with a real redis-server', () => {
	recorderSuite(
		'redis',
		async () => {
			redis = await startRedis();
			return new RedisStore(`${redis.url}/3`, new MemoryStore());
		},
		async () => {
			await redis?.stop();
		}
	);
});

/** A store that writes down each call and lets the test decide when a write ends. */
class WatchedStore extends MemoryStore {
	calls: string[] = [];
	release: () => void = () => {};
	hold = false;

	override async set(namespace: string, key: string, value: unknown, bounds: Bounds): Promise<void> {
		this.calls.push(`set ${key}`);
		if (this.hold) await new Promise<void>((resolve) => (this.release = resolve));
		return super.set(namespace, key, value, bounds);
	}
}

describe('a search and the store', () => {
	afterAll(() => useStateStore(new MemoryStore()));

	it('hands back before anything is written, and counts at once', async () => {
		const store = new WatchedStore();
		await useStateStore(store);
		store.hold = true;
		const before = activityCounts().find((count) => count.name === 'searches')?.value ?? 0;
		recordSearch([report('watched', 'ok', 5)], [page(2)]);
		expect(store.calls).toEqual([]);
		expect(activityCounts().find((count) => count.name === 'searches')?.value).toBe(before + 1);
		expect(
			activityCounts().find((count) => count.name === 'pages' && count.labels.outcome === 'magnets')?.value
		).toBeGreaterThan(0);
		// The write waits on a store that does not answer; the next search is recorded meanwhile.
		await new Promise((resolve) => setImmediate(resolve));
		expect(store.calls).toEqual(['set watched']);
		recordSearch([report('watched', 'empty', 6)], []);
		store.hold = false;
		store.release();
		await engineStatsWritten();
		expect((await readWindows(['watched'])).get('watched')?.map((sample) => sample.status)).toEqual([
			'ok',
			'empty'
		]);
	});

	it('writes one search after another on a store that answers late, so none is overwritten', async () => {
		const slow = new MemoryStore();
		const get = slow.get.bind(slow);
		// Reads answer some turns of the event loop later, as a store across a network does, the first
		// slowest: a later search's read would come back before the first search is written.
		let reads = 0;
		slow.get = async (namespace, key) => {
			const turns = reads++ === 0 ? 12 : 1;
			for (let turn = 0; turn < turns; turn++) await new Promise((resolve) => setImmediate(resolve));
			return get(namespace, key);
		};
		await useStateStore(slow);
		for (let index = 0; index < 10; index++) {
			recordSearch([report('slow', 'ok', index)], []);
			await new Promise((resolve) => setImmediate(resolve));
		}
		await engineStatsWritten();
		expect((await readWindows(['slow'])).get('slow')?.map((sample) => sample.ms)).toEqual([
			0, 1, 2, 3, 4, 5, 6, 7, 8, 9
		]);
	});

	it('goes on when the store fails, saying so in the log', async () => {
		const broken = new MemoryStore();
		broken.get = () => Promise.reject(new Error('disk on fire'));
		await useStateStore(broken);
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(() => recordSearch([report('broken', 'ok', 5)], [])).not.toThrow();
		await engineStatsWritten();
		expect(String(warn.mock.calls[0]?.[1])).toContain('disk on fire');
		warn.mockRestore();
		// The next search is recorded once the store is back.
		await useStateStore(new MemoryStore());
		recordSearch([report('broken', 'ok', 7)], []);
		await engineStatsWritten();
		expect((await readWindows(['broken'])).get('broken')?.map((sample) => sample.ms)).toEqual([7]);
	});
});

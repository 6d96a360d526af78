// The Redis backend against a real redis-server on loopback: the same contract as the embedded store,
// shared between two stores as between replicas, and the local store standing in when Redis is away.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort } from '#tests/app-server.ts';
import { hasRedis, startRedis, type RedisServer } from '#tests/redis-server.ts';
import { stateStoreProblems } from './key-value-store.ts';
import { MemoryStore } from './memory-store.ts';
import { RedisStore } from './redis-store.ts';
import { runStoreContract } from './store-contract.ts';

const bounds = { ttlMs: 3_600_000, maxEntries: 10 };
let redis: RedisServer;
let database = 0;

describe.skipIf(!hasRedis)('Redis store', { timeout: 20_000 }, () => {
	beforeAll(async () => {
		redis = await startRedis();
	}, 20_000);
	afterAll(async () => {
		await redis?.stop();
	});

	// Each run of the contract on a database of its own, as each test on a fresh store.
	runStoreContract('Redis', async () => new RedisStore(`${redis.url}/${++database % 16}`, new MemoryStore()));

	it('shares state between two stores, as between two replicas', async () => {
		const local = [new MemoryStore(), new MemoryStore()];
		const [one, two] = local.map((fallback) => new RedisStore(`${redis.url}/15`, fallback));
		await one!.set('searches', 'ubuntu', { results: 3 }, bounds);
		expect(await two!.get('searches', 'ubuntu')).toEqual({ results: 3 });
		// It went to Redis, not to either local store.
		expect(await local[0]!.get('searches', 'ubuntu')).toBeUndefined();
		await Promise.all([one!.close(), two!.close()]);
	});

	it('keeps every update when two replicas change one entry at once', async () => {
		const [one, two] = [new MemoryStore(), new MemoryStore()].map(
			(fallback) => new RedisStore(`${redis.url}/14`, fallback)
		);
		const add = (item: number) => (current: unknown) => [...((current as number[] | undefined) ?? []), item];
		const items = Array.from({ length: 12 }, (_, index) => index);
		// Alternating replicas: each one's compare-and-set must notice the other's writes and read again.
		await Promise.all(
			items.map((item) => (item % 2 ? one! : two!).update('lists', 'both', add(item), bounds))
		);
		const stored = (await one!.get('lists', 'both')) as number[];
		expect([...stored].sort((a, b) => a - b)).toEqual(items);
		await Promise.all([one!.close(), two!.close()]);
	});

	it('uses the local store when Redis refuses connections, and says so once', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const local = new MemoryStore();
		const store = new RedisStore(`redis://:secret@127.0.0.1:${await freePort()}`, local);
		const problemsBefore = stateStoreProblems();
		await store.set('suspensions', 'bing', 42, bounds);
		expect(await store.get('suspensions', 'bing')).toBe(42);
		expect(await local.get('suspensions', 'bing')).toBe(42);
		await store.close();
		expect(warn).toHaveBeenCalledTimes(1);
		// One refused connection is one problem on /metrics, however ioredis reports it.
		expect(stateStoreProblems() - problemsBefore).toBe(1);
		expect(String(warn.mock.calls[0]?.[0])).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+ unreachable/);
		expect(String(warn.mock.calls[0]?.[0])).not.toContain('secret');
		warn.mockRestore();
	});

	it('falls back to the local store when a connection that was up drops, and counts it once', async () => {
		const going = await startRedis();
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const local = new MemoryStore();
		await local.set('searches', 'q', 'from the local store', bounds);
		const store = new RedisStore(going.url, local);
		try {
			await store.set('searches', 'shared', 'in redis', bounds);
			expect(await store.get('searches', 'shared')).toBe('in redis');
			const problemsBefore = stateStoreProblems();
			await going.stop();
			let read: unknown;
			// The drop is seen by the connection's end or by the next command, whichever comes first.
			do read = await store.get('searches', 'q');
			while (read === null);
			expect(read).toBe('from the local store');
			expect(stateStoreProblems() - problemsBefore).toBe(1);
			expect(String(warn.mock.calls[0]?.[0])).toMatch(/unreachable/);
		} finally {
			await store.close();
			warn.mockRestore();
		}
	});

	it('gives up on a server that accepts connections but never answers', async () => {
		const sockets = new Set<Socket>();
		const silent: Server = createServer((socket) => sockets.add(socket));
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		const { port } = silent.address() as { port: number };
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const local = new MemoryStore();
		await local.set('searches', 'q', 'from the local store', bounds);
		const store = new RedisStore(`redis://127.0.0.1:${port}`, local);
		expect(await store.get('searches', 'q')).toBe('from the local store');
		await store.close();
		expect(String(warn.mock.calls[0]?.[0])).toMatch(/unreachable/);
		warn.mockRestore();
		for (const socket of sockets) socket.destroy();
		await new Promise((resolve) => silent.close(resolve));
	});
});

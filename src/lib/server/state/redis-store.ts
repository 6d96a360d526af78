// State in Redis or Valkey (REDIS_URL), shared by every replica. Connected on first use, with bounded
// connect and command timeouts and no reconnect loop of its own: while the server cannot be reached the
// local store stands in, and the next request after a pause tries again. Nothing here holds the event
// loop once closed at shutdown.
import type { Redis } from 'ioredis';
import { decodeValue, encodeValue, ProblemLog } from './key-value-store.ts';
import type { Bounds, EntryChange, KeyValueStore } from './key-value-store.ts';

const CONNECT_TIMEOUT_MS = 1500;
const COMMAND_TIMEOUT_MS = 1000;
/** After a failure, requests use the local store for this long before Redis is tried again. */
export const RETRY_AFTER_MS = 30_000;
const PREFIX = 'cf-torrent:';

// Sets the entry and records its expiry in the namespace's index (a sorted set), then trims the index
// to its bound, deleting expired entries and, past the bound, those closest to expiry. One script, so
// replicas writing at once cannot leave the index and the entries apart.
const SET_BOUNDED = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], KEYS[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[4])
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[5])
if excess > 0 then
	local oldest = redis.call('ZRANGE', KEYS[2], 0, excess - 1)
	redis.call('DEL', unpack(oldest))
	redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
end
if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
`;

// Writes (or, with ARGV[1] = '0', deletes) the entry only while it still holds what the writer read
// (ARGV[2] = '0': absent; else ARGV[3]); 0 when another writer came first. The rest is SET_BOUNDED.
const COMPARE_AND_SET = `
local current = redis.call('GET', KEYS[1])
if ARGV[2] == '0' then
	if current then return 0 end
elseif current ~= ARGV[3] then
	return 0
end
if ARGV[1] == '0' then
	redis.call('DEL', KEYS[1])
	redis.call('ZREM', KEYS[2], KEYS[1])
	return 1
end
${SET_BOUNDED.replace(/ARGV\[(\d)\]/g, (_, n: string) => `ARGV[${Number(n) + 3}]`)}
return 1
`;

/** Attempts of one update before giving up on a key that many writers change at once. */
const UPDATE_ATTEMPTS = 8;

type BoundedClient = Redis & {
	compareAndSet(
		entry: string,
		index: string,
		write: '0' | '1',
		present: '0' | '1',
		expected: string,
		value: string,
		ttlMs: number,
		expires: number,
		now: number,
		max: number
	): Promise<number>;
	setBounded(
		entry: string,
		index: string,
		value: string,
		ttlMs: number,
		expires: number,
		now: number,
		max: number
	): Promise<unknown>;
};

/** The server's address for the log, never its password. */
function describe(url: string): string {
	const parsed = new URL(url);
	return `${parsed.protocol}//${parsed.host}`;
}

export class RedisStore implements KeyValueStore {
	#client: Promise<BoundedClient | null> | null = null;
	#retryAt = 0;
	#closed = false;
	#problems = new ProblemLog();
	#updating = new Map<string, Promise<unknown>>();

	constructor(
		readonly url: string,
		/** Where state goes while Redis cannot be reached. */
		readonly fallback: KeyValueStore
	) {}

	#connected(): Promise<BoundedClient | null> {
		if (this.#closed || Date.now() < this.#retryAt) return Promise.resolve(null);
		this.#client ??= this.#connect();
		return this.#client;
	}

	async #connect(): Promise<BoundedClient | null> {
		const { Redis } = await import('ioredis');
		const client = new Redis(this.url, {
			lazyConnect: true,
			connectTimeout: CONNECT_TIMEOUT_MS,
			commandTimeout: COMMAND_TIMEOUT_MS,
			// Fail at once instead of queueing or retrying: the local store answers meanwhile.
			enableOfflineQueue: false,
			maxRetriesPerRequest: 0,
			retryStrategy: () => null
		}) as BoundedClient;
		client.defineCommand('setBounded', { numberOfKeys: 2, lua: SET_BOUNDED });
		client.defineCommand('compareAndSet', { numberOfKeys: 2, lua: COMPARE_AND_SET });
		// Failures are reported where a command fails; an unhandled 'error' event would end the process.
		client.on('error', () => {});
		// A connection that was up and dropped; one that never came up is the connect's own failure below.
		let up = false;
		client.on('end', () => {
			if (up && this.#client && !this.#closed) this.#failed(new Error('connection closed'));
		});
		let timer: ReturnType<typeof setTimeout> | undefined;
		try {
			// ioredis bounds the TCP connection alone; this bounds the handshake after it too.
			const late = new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error('no answer in time')), CONNECT_TIMEOUT_MS);
			});
			const connecting = client.connect();
			connecting.catch(() => {}); // when late, it fails after the race is over
			await Promise.race([connecting, late]);
			up = true;
			this.#problems.cleared('redis');
			return client;
		} catch (error) {
			client.disconnect();
			this.#failed(error);
			return null;
		} finally {
			clearTimeout(timer);
		}
	}

	#failed(error: unknown): void {
		const message = error instanceof Error ? error.message : String(error);
		this.#problems.warn(
			'redis',
			`Redis at ${describe(this.url)} unreachable (${message}): using the local store, trying again in ${RETRY_AFTER_MS / 1000} s`
		);
		this.#retryAt = Date.now() + RETRY_AFTER_MS;
		const stale = this.#client;
		this.#client = null;
		void stale?.then((client) => client?.disconnect());
	}

	/** Runs a command on Redis, or the same operation on the local store when Redis is not there. */
	async #use<T>(command: (client: BoundedClient) => Promise<T>, local: () => Promise<T>): Promise<T> {
		const client = await this.#connected();
		if (client) {
			try {
				return await command(client);
			} catch (error) {
				this.#failed(error);
			}
		}
		return local();
	}

	get(namespace: string, key: string): Promise<unknown> {
		return this.#use(
			async (client) => decodeValue(await client.get(`${PREFIX}${namespace}:${key}`)),
			() => this.fallback.get(namespace, key)
		);
	}

	set(namespace: string, key: string, value: unknown, bounds: Bounds): Promise<void> {
		const text = encodeValue(value);
		if (text === null) return Promise.resolve();
		return this.#use(
			async (client) => {
				const now = Date.now();
				await client.setBounded(
					`${PREFIX}${namespace}:${key}`,
					`${PREFIX}${namespace}`,
					text,
					Math.max(1, Math.round(bounds.ttlMs)),
					now + bounds.ttlMs,
					now,
					bounds.maxEntries
				);
			},
			() => this.fallback.set(namespace, key, value, bounds)
		);
	}

	update(namespace: string, key: string, change: EntryChange, bounds: Bounds): Promise<unknown> {
		// Updates of one entry from this process take turns (they share one connection, so racing each
		// other would only make them all try again); the compare-and-set is for other replicas.
		const entry = `${PREFIX}${namespace}:${key}`;
		const previous = this.#updating.get(entry) ?? Promise.resolve();
		const next = previous.then(() => this.#update(entry, namespace, key, change, bounds));
		const settled = next.catch(() => {});
		this.#updating.set(entry, settled);
		void settled.then(() => {
			if (this.#updating.get(entry) === settled) this.#updating.delete(entry);
		});
		return next;
	}

	#update(
		entry: string,
		namespace: string,
		key: string,
		change: EntryChange,
		bounds: Bounds
	): Promise<unknown> {
		return this.#use(
			async (client) => {
				// Optimistic: read, compute, write only if nobody wrote meanwhile, else read again. A WATCH
				// would need a connection of its own, since every request shares this one.
				let current: unknown;
				for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
					const text = await client.get(entry);
					current = decodeValue(text);
					const next = change(current);
					const nextText = next === undefined ? '' : encodeValue(next);
					if (nextText === null) return current;
					const now = Date.now();
					const written = await client.compareAndSet(
						entry,
						`${PREFIX}${namespace}`,
						next === undefined ? '0' : '1',
						text === null ? '0' : '1',
						text ?? '',
						nextText,
						Math.max(1, Math.round(bounds.ttlMs)),
						now + bounds.ttlMs,
						now,
						bounds.maxEntries
					);
					if (written === 1) return next;
				}
				// Not a failure of Redis (which must not send everyone to the local store): this change is lost.
				this.#problems.warn(
					`contended:${namespace}`,
					`a ${namespace} entry was changed by others ${UPDATE_ATTEMPTS} times in a row: one change was dropped`
				);
				return current;
			},
			() => this.fallback.update(namespace, key, change, bounds)
		);
	}

	delete(namespace: string, key: string): Promise<void> {
		return this.#use(
			async (client) => {
				await client
					.multi()
					.del(`${PREFIX}${namespace}:${key}`)
					.zrem(`${PREFIX}${namespace}`, `${PREFIX}${namespace}:${key}`)
					.exec();
			},
			() => this.fallback.delete(namespace, key)
		);
	}

	async close(): Promise<void> {
		this.#closed = true;
		const client = await this.#client;
		this.#client = null;
		if (client) {
			// QUIT lets replies in flight arrive; disconnect ends it whatever the server does.
			await client.quit().catch(() => {});
			client.disconnect();
		}
		await this.fallback.close();
	}
}

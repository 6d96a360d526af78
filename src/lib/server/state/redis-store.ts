// State in Redis or Valkey (REDIS_URL), shared by every replica. Connected on first use, with bounded
// connect and command timeouts and no reconnect loop of its own: while the server cannot be reached the
// local store stands in, and the next request after a pause tries again. Nothing here holds the event
// loop once closed at shutdown.
import type { Redis } from 'ioredis';
import { decodeValue, encodeValue, ProblemLog, type Bounds, type KeyValueStore } from './key-value-store.ts';

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

type BoundedClient = Redis & {
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
		// Failures are reported where a command fails; an unhandled 'error' event would end the process.
		client.on('error', () => {});
		client.on('end', () => {
			if (this.#client && !this.#closed) this.#failed(new Error('connection closed'));
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

// The state that outlives one process (suspensions, finished searches, the Torznab feed, titles): in
// Redis or Valkey when REDIS_URL is set, else in the embedded store under STATE_DIR. Nothing is opened
// before the first request that needs it, and everything is released at shutdown.
import type { z } from '#lib/zod.ts';
import { config } from '#lib/server/config.ts';
import { onShutdown } from '#lib/server/lifecycle.ts';
import type { KeyValueStore } from './key-value-store.ts';
import { RedisStore } from './redis-store.ts';
import { SqliteStore } from './sqlite-store.ts';

let store: KeyValueStore | null = null;

/** The process's store, created on first use. */
export function stateStore(): KeyValueStore {
	if (!store) {
		const local = new SqliteStore(config.stateDir);
		const opened = config.redisUrl ? new RedisStore(config.redisUrl, local) : local;
		store = opened;
		onShutdown(async () => {
			if (store === opened) store = null;
			await opened.close();
		});
	}
	return store;
}

/** Puts another store in place (tests); the one it replaces is closed. */
export async function useStateStore(replacement: KeyValueStore): Promise<void> {
	const previous = store;
	store = replacement;
	await previous?.close();
}

export interface StateNamespace<T> {
	get(key: string): Promise<T | undefined>;
	set(key: string, value: T, ttlMs: number): Promise<void>;
	delete(key: string): Promise<void>;
	/** Changes the value in one step (see KeyValueStore.update); what is stored is read through the schema. */
	update(
		key: string,
		change: (current: T | undefined) => T | undefined,
		ttlMs: number
	): Promise<T | undefined>;
}

/**
 * A namespace's schema, or a function that imports a module of schemas (never #lib/zod.ts itself: see the
 * lint rule). A namespace the home page reads (suspensions, saved searches) loads zod only when something
 * is stored: most first pages of a woken process find nothing.
 */
export type SchemaSource<T> = z.ZodMiniType<T> | (() => Promise<z.ZodMiniType<T>>);

/**
 * One kind of state, typed: values are read back through `schema` (a store written by another version,
 * or damaged, reads as absent), and the namespace keeps at most `maxEntries`.
 */
export function stateNamespace<T>(
	name: string,
	{ schema, maxEntries }: { schema: SchemaSource<T>; maxEntries: number }
): StateNamespace<T> {
	let loading: Promise<z.ZodMiniType<T>> | undefined;
	const loadSchema = async () => (typeof schema === 'function' ? (loading ??= schema()) : schema);
	const reader = (loaded: z.ZodMiniType<T>) => (value: unknown) => {
		if (value === undefined) return undefined;
		const parsed = loaded.safeParse(value);
		return parsed.success ? parsed.data : undefined;
	};
	return {
		async get(key) {
			const stored = await stateStore().get(name, key);
			return stored === undefined ? undefined : reader(await loadSchema())(stored);
		},
		set: (key, value, ttlMs) => stateStore().set(name, key, value, { ttlMs, maxEntries }),
		delete: (key) => stateStore().delete(name, key),
		async update(key, change, ttlMs) {
			// The change runs inside the store's one step, where nothing may be awaited: load the schema first.
			const read = reader(await loadSchema());
			return read(
				await stateStore().update(name, key, (current) => change(read(current)), { ttlMs, maxEntries })
			);
		}
	};
}

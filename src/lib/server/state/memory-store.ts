// State kept in this process only: the last resort when the state directory cannot be used at all.
import { decodeValue, encodeValue } from './key-value-store.ts';
import type { Bounds, EntryChange, KeyValueStore } from './key-value-store.ts';

interface Entry {
	text: string;
	expires: number;
}

export class MemoryStore implements KeyValueStore {
	#namespaces = new Map<string, Map<string, Entry>>();

	async get(namespace: string, key: string): Promise<unknown> {
		const entry = this.#namespaces.get(namespace)?.get(key);
		if (!entry || entry.expires <= Date.now()) return undefined;
		return decodeValue(entry.text);
	}

	async set(namespace: string, key: string, value: unknown, { ttlMs, maxEntries }: Bounds): Promise<void> {
		const text = encodeValue(value);
		if (text === null) return;
		let entries = this.#namespaces.get(namespace);
		if (!entries) this.#namespaces.set(namespace, (entries = new Map()));
		const now = Date.now();
		entries.set(key, { text, expires: now + ttlMs });
		for (const [name, entry] of entries) if (entry.expires <= now) entries.delete(name);
		while (entries.size > maxEntries) {
			// Those closest to expiry go first, as in the other backends.
			let soonest: [string, number] | null = null;
			for (const [name, entry] of entries) {
				if (!soonest || entry.expires < soonest[1]) soonest = [name, entry.expires];
			}
			entries.delete(soonest![0]);
		}
	}

	async update(namespace: string, key: string, change: EntryChange, bounds: Bounds): Promise<unknown> {
		// One thread and no await between the read and the write: nothing can come between them.
		const entry = this.#namespaces.get(namespace)?.get(key);
		const current = entry && entry.expires > Date.now() ? decodeValue(entry.text) : undefined;
		const next = change(current);
		if (next === undefined) {
			this.#namespaces.get(namespace)?.delete(key);
			return undefined;
		}
		// Too big to keep: the value stays as it was, as a set() of it would leave it.
		if (encodeValue(next) === null) return current;
		await this.set(namespace, key, next, bounds);
		return next;
	}

	async delete(namespace: string, key: string): Promise<void> {
		this.#namespaces.get(namespace)?.delete(key);
	}

	async close(): Promise<void> {
		this.#namespaces.clear();
	}
}

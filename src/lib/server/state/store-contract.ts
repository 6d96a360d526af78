// The suite every state backend passes (memory, SQLite, Redis): the same behaviour behind one interface.
import { describe, expect, it } from 'vitest';
import { MAX_VALUE_BYTES, type KeyValueStore } from './key-value-store.ts';

const HOUR = 3_600_000;
const bounds = { ttlMs: HOUR, maxEntries: 10 };

export function runStoreContract(name: string, open: () => Promise<KeyValueStore>): void {
	describe(`${name} store contract`, () => {
		async function withStore(test: (store: KeyValueStore) => Promise<void>): Promise<void> {
			const store = await open();
			try {
				await test(store);
			} finally {
				await store.close();
			}
		}

		it('gives back the JSON it was given, per namespace and key', () =>
			withStore(async (store) => {
				const value = { name: 'Ubuntu 24.04', sizes: [1, 2.5], nested: { ok: true, none: null } };
				await store.set('searches', 'ubuntu', value, { ttlMs: HOUR, maxEntries: 10 });
				expect(await store.get('searches', 'ubuntu')).toEqual(value);
				expect(await store.get('titles', 'ubuntu')).toBeUndefined();
				expect(await store.get('searches', 'debian')).toBeUndefined();
				await store.set('searches', 'ubuntu', 'replaced', { ttlMs: HOUR, maxEntries: 10 });
				expect(await store.get('searches', 'ubuntu')).toBe('replaced');
				await store.delete('searches', 'ubuntu');
				expect(await store.get('searches', 'ubuntu')).toBeUndefined();
			}));

		it('keeps keys of any text apart, with the characters a query may hold', () =>
			withStore(async (store) => {
				const keys = ['a:b', 'a', 'a:b:c', 'ünï cödé 🎬', "'; DROP TABLE entries; --", '*', ''];
				for (const [index, key] of keys.entries()) {
					await store.set('keys', key, index, { ttlMs: HOUR, maxEntries: 100 });
				}
				for (const [index, key] of keys.entries()) expect(await store.get('keys', key)).toBe(index);
			}));

		it('forgets a value once its time is up, without any timer', () =>
			withStore(async (store) => {
				await store.set('short', 'gone', 1, { ttlMs: 30, maxEntries: 10 });
				await store.set('short', 'kept', 2, { ttlMs: HOUR, maxEntries: 10 });
				await new Promise((resolve) => setTimeout(resolve, 60));
				expect(await store.get('short', 'gone')).toBeUndefined();
				expect(await store.get('short', 'kept')).toBe(2);
			}));

		it('bounds a namespace, dropping the entries closest to expiry first', () =>
			withStore(async (store) => {
				for (let index = 0; index < 8; index++) {
					await store.set('bounded', `k${index}`, index, { ttlMs: HOUR + index * 1000, maxEntries: 5 });
				}
				const left = [];
				for (let index = 0; index < 8; index++) left.push(await store.get('bounded', `k${index}`));
				expect(left).toEqual([undefined, undefined, undefined, 3, 4, 5, 6, 7]);
				await store.set('other', 'k0', 'own bound', { ttlMs: HOUR, maxEntries: 5 });
				expect(await store.get('bounded', 'k7')).toBe(7);
			}));

		it('updates a value in one step, so concurrent updates are all kept', () =>
			withStore(async (store) => {
				const add = (item: number) => (current: unknown) => [
					...((current as number[] | undefined) ?? []),
					item
				];
				const items = Array.from({ length: 20 }, (_, index) => index);
				await Promise.all(items.map((item) => store.update('lists', 'shared', add(item), bounds)));
				const stored = (await store.get('lists', 'shared')) as number[];
				expect([...stored].sort((a, b) => a - b)).toEqual(items);
			}));

		it('passes the current value to an update, absent as undefined, and deletes on undefined', () =>
			withStore(async (store) => {
				const seen: unknown[] = [];
				const result = await store.update(
					'lists',
					'new',
					(current) => {
						seen.push(current);
						return { count: 1 };
					},
					bounds
				);
				expect(seen).toEqual([undefined]);
				expect(result).toEqual({ count: 1 });
				expect(await store.update('lists', 'new', () => undefined, bounds)).toBeUndefined();
				expect(await store.get('lists', 'new')).toBeUndefined();
				// An update that would be too big to keep leaves the value as it was.
				await store.set('lists', 'kept', 'small', bounds);
				expect(await store.update('lists', 'kept', () => 'x'.repeat(MAX_VALUE_BYTES + 1), bounds)).toBe(
					'small'
				);
				expect(await store.get('lists', 'kept')).toBe('small');
			}));

		it('bounds a namespace written by updates as by set', () =>
			withStore(async (store) => {
				for (let index = 0; index < 4; index++) {
					await store.update('few', `k${index}`, () => index, { ttlMs: HOUR + index * 1000, maxEntries: 2 });
				}
				expect(await store.get('few', 'k1')).toBeUndefined();
				expect(await store.get('few', 'k3')).toBe(3);
			}));

		it('does not keep a value too big to be worth keeping', () =>
			withStore(async (store) => {
				await store.set('big', 'huge', 'x'.repeat(MAX_VALUE_BYTES + 1), { ttlMs: HOUR, maxEntries: 5 });
				expect(await store.get('big', 'huge')).toBeUndefined();
			}));
	});
}

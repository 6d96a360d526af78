// A namespace whose schema is imported on demand: read through it as through a schema given outright, and
// the import made only when a stored value needs reading, once.
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from '#lib/zod.ts';
import { MemoryStore } from './memory-store.ts';
import { stateNamespace, useStateStore } from './state.ts';

let loads = 0;
const counted = stateNamespace<number>('lazy-schema-test', {
	schema: async () => {
		loads += 1;
		return z.number();
	},
	maxEntries: 10
});

beforeEach(async () => {
	loads = 0;
	await useStateStore(new MemoryStore());
});

describe('a namespace with a schema loaded on demand', () => {
	it('loads nothing to find a key absent', async () => {
		expect(await counted.get('absent')).toBeUndefined();
		expect(loads).toBe(0);
	});

	it('reads stored values through the schema, loaded once', async () => {
		await counted.set('a', 1, 60_000);
		await counted.set('b', 2, 60_000);
		expect(await Promise.all([counted.get('a'), counted.get('b')])).toEqual([1, 2]);
		expect(await counted.update('a', (current) => (current ?? 0) + 10, 60_000)).toBe(11);
		expect(await counted.get('a')).toBe(11);
		expect(loads).toBe(1);
	});

	it('reads a value the schema refuses as absent', async () => {
		const other = stateNamespace<string>('lazy-schema-test', { schema: z.string(), maxEntries: 10 });
		await other.set('c', 'not a number', 60_000);
		expect(await counted.get('c')).toBeUndefined();
		expect(await counted.update('c', (current) => current, 60_000)).toBeUndefined();
	});
});

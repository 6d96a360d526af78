// Saved searches on the embedded store: lists per user, the feed token as the only way in, revocation by
// rename and delete, the per-user bound, and "new since you looked" made from first sightings.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '#lib/server/state/sqlite-store.ts';
import { useStateStore } from '#lib/server/state/state.ts';
import {
	countNew,
	deleteSaved,
	knownBefore,
	listSaved,
	markViewed,
	MAX_SAVED_PER_USER,
	recordSeen,
	renameSaved,
	saveSearch,
	savedByToken,
	seenFor,
	type SavedSearch
} from './saved-searches.ts';

const dirs: string[] = [];
const hash = (n: number) => n.toString(16).padStart(40, '0');

beforeEach(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'cf-torrent-saved-'));
	dirs.push(dir);
	await useStateStore(new SqliteStore(dir));
});

afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function save(user: string | null, q: string): Promise<SavedSearch> {
	const saved = await saveSearch(user, { q, engines: null, preferences: {} });
	if (!saved.ok) throw new Error(saved.error);
	return saved.value;
}

describe('saved searches', () => {
	it('keeps each user apart from the shared list, and answers a repeated save with the one kept', async () => {
		const shared = await save(null, 'ubuntu');
		const alice = await save('alice', 'ubuntu');
		expect(alice.id).not.toBe(shared.id);
		expect((await save(null, 'ubuntu')).id).toBe(shared.id);
		expect((await listSaved(null)).map((saved) => saved.id)).toEqual([shared.id]);
		expect((await listSaved('alice')).map((saved) => saved.id)).toEqual([alice.id]);
		expect(await listSaved('bob')).toEqual([]);
		expect(await deleteSaved('bob', alice.id)).toBe(false);
		expect(await listSaved('alice')).toHaveLength(1);
	});

	it('gives each saved search an unguessable token that alone finds it, until renamed or deleted', async () => {
		const saved = await save('alice', 'debian');
		expect(saved.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(await savedByToken(saved.token)).toMatchObject({ user: 'alice', saved: { id: saved.id } });
		const renamed = await renameSaved('alice', saved.id, 'Debian ISOs');
		expect(renamed?.name).toBe('Debian ISOs');
		expect(renamed?.token).not.toBe(saved.token);
		expect(await savedByToken(saved.token)).toBeUndefined();
		expect(await savedByToken(renamed!.token)).toMatchObject({ saved: { name: 'Debian ISOs' } });
		expect(await deleteSaved('alice', saved.id)).toBe(true);
		expect(await savedByToken(renamed!.token)).toBeUndefined();
		expect(await renameSaved('alice', saved.id, 'gone')).toBeUndefined();
	});

	it('refuses a save past the per-user bound, saying which bound, and keeps the others', async () => {
		for (let index = 0; index < MAX_SAVED_PER_USER; index++) await save('carol', `query ${index}`);
		const refused = await saveSearch('carol', { q: 'one more', engines: null, preferences: {} });
		expect(refused).toEqual({
			ok: false,
			error: expect.stringContaining(`at most ${MAX_SAVED_PER_USER} per user`)
		});
		expect(await listSaved('carol')).toHaveLength(MAX_SAVED_PER_USER);
		expect((await saveSearch('dave', { q: 'one more', engines: null, preferences: {} })).ok).toBe(true);
	});

	it('loses no save when many arrive at once', async () => {
		await Promise.all(Array.from({ length: 10 }, (_, index) => save(null, `parallel ${index}`)));
		expect(await listSaved(null)).toHaveLength(10);
	});

	it('counts as new only what was first seen after the last look, the first sighting being the baseline', async () => {
		const saved = await save(null, 'fedora');
		const start = Date.now() + 1000;
		await recordSeen(saved.id, [hash(1), hash(2)], start);
		let [current] = await listSaved(null);
		expect(countNew(current!, await seenFor(saved.id))).toBe(0);

		// A later poll finds one more; the two known ones keep their first sighting.
		await recordSeen(saved.id, [hash(1), hash(2), hash(3)], start + 5000);
		const record = await seenFor(saved.id);
		expect(record?.hashes[hash(1)]).toBe(start);
		expect(record?.hashes[hash(3)]).toBe(start + 5000);
		expect(countNew(current!, record)).toBe(1);
		expect(knownBefore(current!, record).sort()).toEqual([hash(1), hash(2)]);

		// Looking at the results makes nothing new any more.
		expect(await markViewed(null, saved.id, [hash(1), hash(2), hash(3), hash(4)], start + 9000)).toBe(true);
		[current] = await listSaved(null);
		const after = await seenFor(saved.id);
		expect(Object.keys(after!.hashes)).toHaveLength(4);
		expect(countNew(current!, after)).toBe(0);
		expect(await markViewed(null, 'no-such-id', [])).toBe(false);
	});

	it('forgets what a deleted search had seen', async () => {
		const saved = await save(null, 'arch');
		await recordSeen(saved.id, [hash(9)]);
		await deleteSaved(null, saved.id);
		expect(await seenFor(saved.id)).toBeUndefined();
	});
});

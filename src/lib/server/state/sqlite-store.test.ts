// The embedded store on real files: kept across processes, sound after a kill, replaced when damaged,
// in memory when the directory cannot be used.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SqliteStore, STATE_FILE } from './sqlite-store.ts';
import { runStoreContract } from './store-contract.ts';

const HOUR = 3_600_000;
const bounds = { ttlMs: HOUR, maxEntries: 100 };
const dirs: string[] = [];

function freshDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cf-torrent-state-'));
	dirs.push(dir);
	return dir;
}

afterEach(() => {
	vi.restoreAllMocks();
	for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

runStoreContract('SQLite', async () => new SqliteStore(freshDir()));

describe('SQLite store files', () => {
	it('creates its directory 0700 and its files 0600: other local users read nothing of what was searched', async () => {
		const dir = join(freshDir(), 'state');
		const store = new SqliteStore(dir);
		await store.set('searches', 'k', { names: ['a'] }, bounds);
		const mode = (path: string) => statSync(path).mode & 0o777;
		expect(mode(dir)).toBe(0o700);
		const files = readdirSync(dir);
		expect(files).toEqual(expect.arrayContaining([STATE_FILE, `${STATE_FILE}-wal`]));
		for (const file of files) expect([file, mode(join(dir, file))]).toEqual([file, 0o600]);
		await store.close();
	});

	it('creates nothing until first used, and keeps state for the next process', async () => {
		const dir = join(freshDir(), 'nested', 'state');
		const first = new SqliteStore(dir);
		expect(existsSync(dir)).toBe(false);
		await first.set('suspensions', 'bing', 123, bounds);
		await first.close();
		// A clean close leaves the database alone, its log checkpointed away.
		expect(readdirSync(dir)).toEqual([STATE_FILE]);
		const second = new SqliteStore(dir);
		expect(await second.get('suspensions', 'bing')).toBe(123);
		await second.close();
	});

	it('is shared by two servers on one directory, each seeing the other’s writes', async () => {
		const dir = freshDir();
		const [one, two] = [new SqliteStore(dir), new SqliteStore(dir)];
		await one.set('suspensions', 'bing', 1, bounds);
		expect(await two.get('suspensions', 'bing')).toBe(1);
		await two.set('suspensions', 'bing', 2, bounds);
		expect(await one.get('suspensions', 'bing')).toBe(2);
		await Promise.all([one.close(), two.close()]);
		expect(readdirSync(dir)).toEqual([STATE_FILE]);
	});

	it('stays sound when the process writing it is killed', async () => {
		const dir = freshDir();
		const store = fileURLToPath(new URL('./sqlite-store.ts', import.meta.url));
		// Writes as fast as it can until killed: the kill lands in the middle of some transaction.
		const writer = spawn(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`const { SqliteStore } = await import(${JSON.stringify(store)});
				const store = new SqliteStore(${JSON.stringify(dir)});
				await store.set('suspensions', 'kept', 1, { ttlMs: 3600000, maxEntries: 40 });
				for (let i = 0; ; i++) {
					await store.set('searches', 'k' + (i % 50), { i, pad: 'x'.repeat(20000) }, { ttlMs: 3600000, maxEntries: 40 });
					if (i === 20) console.log('writing');
				}`
			],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		await new Promise((resolve, reject) => {
			writer.stdout.once('data', resolve);
			writer.once('exit', (code) => reject(new Error(`the writer exited with ${code} before writing`)));
		});
		writer.kill('SIGKILL');
		await new Promise((resolve) => writer.once('exit', resolve));
		expect(existsSync(join(dir, `${STATE_FILE}-wal`))).toBe(true);

		const warn = vi.spyOn(console, 'warn');
		const reopened = new SqliteStore(dir);
		// What was written before the kill is all there (the searches rotate 50 keys through 40 places, so
		// which of them are kept depends on where the kill landed).
		expect(await reopened.get('suspensions', 'kept')).toBe(1);
		const searches = await Promise.all(
			Array.from({ length: 50 }, (_, n) => reopened.get('searches', `k${n}`))
		);
		expect(searches.filter((entry) => entry !== undefined).length).toBeGreaterThanOrEqual(20);
		for (const entry of searches)
			if (entry !== undefined) expect(entry).toMatchObject({ i: expect.any(Number) });
		await reopened.close();
		expect(warn).not.toHaveBeenCalled();
	}, 30_000);

	it.each([
		['every file written over with random bytes', (dir: string) => overwriteAll(dir, 0)],
		['all but the header written over', (dir: string) => overwriteAll(dir, 100)],
		['cut short', (dir: string) => writeFileSync(join(dir, STATE_FILE), 'SQLite format 3\0')]
	])('replaces a store that is %s, says so, and works on', async (_case, damage) => {
		const dir = freshDir();
		const before = new SqliteStore(dir);
		for (let index = 0; index < 30; index++) {
			await before.set('searches', `k${index}`, 'x'.repeat(5000), bounds);
		}
		await before.close();
		damage(dir);

		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const after = new SqliteStore(dir);
		expect(await after.get('searches', 'k1')).toBeUndefined();
		await after.set('searches', 'fresh', 'works', bounds);
		expect(await after.get('searches', 'fresh')).toBe('works');
		await after.close();
		expect(String(warn.mock.calls[0]?.[0])).toMatch(/damaged .*moved aside, starting afresh/);
		expect(existsSync(join(dir, `${STATE_FILE}.damaged`))).toBe(true);
		const reopened = new SqliteStore(dir);
		expect(await reopened.get('searches', 'fresh')).toBe('works');
		await reopened.close();
	});

	it('keeps state in memory when the directory cannot be created', async () => {
		const file = join(freshDir(), 'a-file');
		writeFileSync(file, 'not a directory');
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const store = new SqliteStore(join(file, 'state'));
		await store.set('suspensions', 'bing', 1, bounds);
		expect(await store.get('suspensions', 'bing')).toBe(1);
		await store.close();
		expect(String(warn.mock.calls[0]?.[0])).toMatch(/cannot use .*kept in memory/);
	});
});

function overwriteAll(dir: string, keep: number): void {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const size = statSync(path).size;
		const bytes = randomBytes(size);
		readFileSync(path).subarray(0, keep).copy(bytes);
		writeFileSync(path, bytes);
	}
}

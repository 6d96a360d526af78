// The embedded store: one SQLite file in the state directory, through node:sqlite (built into Node, no
// native build, no server). Write-ahead logging keeps the file sound when the process is killed; a file
// that is damaged anyway is moved aside and started afresh, and one that cannot be opened at all leaves
// the state in memory: the store never stops a search.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { decodeValue, encodeValue, ProblemLog } from './key-value-store.ts';
import type { Bounds, EntryChange, KeyValueStore } from './key-value-store.ts';
import { MemoryStore } from './memory-store.ts';

export const STATE_FILE = 'state.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS entries (
	namespace TEXT NOT NULL,
	key TEXT NOT NULL,
	value TEXT NOT NULL,
	expires INTEGER NOT NULL,
	PRIMARY KEY (namespace, key)
);
CREATE INDEX IF NOT EXISTS entries_by_expiry ON entries (namespace, expires);`;

// SQLite's result codes for "this is not a sound database": the file must be replaced.
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;

class DamagedStore extends Error {}

function isDamage(error: unknown): boolean {
	if (error instanceof DamagedStore) return true;
	const code = (error as { errcode?: unknown })?.errcode;
	return typeof code === 'number' && [SQLITE_CORRUPT, SQLITE_NOTADB].includes(code & 0xff);
}

function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** An open database and its prepared statements. */
class Opened {
	readonly read: StatementSync;
	readonly write: StatementSync;
	readonly prune: StatementSync;
	readonly remove: StatementSync;
	readonly db: DatabaseSync;

	constructor(db: DatabaseSync) {
		this.db = db;
		this.read = db.prepare('SELECT value FROM entries WHERE namespace = ? AND key = ? AND expires > ?');
		this.write = db.prepare(
			`INSERT INTO entries (namespace, key, value, expires) VALUES (?, ?, ?, ?)
			 ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, expires = excluded.expires`
		);
		// Expired entries go, then past the bound those closest to expiry.
		this.prune = db.prepare(
			`DELETE FROM entries WHERE namespace = ?1 AND (expires <= ?2 OR key IN (
				SELECT key FROM entries WHERE namespace = ?1 ORDER BY expires DESC LIMIT -1 OFFSET ?3))`
		);
		this.remove = db.prepare('DELETE FROM entries WHERE namespace = ? AND key = ?');
	}
}

/**
 * The store holds what was searched: other local users must not read it. The directory is created 0700;
 * SQLite would create its file by the umask (0644) and gives its -wal and -shm files the database's own
 * mode, so the database is made 0600 before SQLite opens it (and an older one, made 0644, is corrected).
 */
function privateFiles(dir: string, path: string): void {
	mkdirSync(dir, { recursive: true, mode: 0o700 });
	closeSync(openSync(path, 'a', 0o600));
	for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) chmodSync(file, 0o600);
}

function openDatabase(dir: string): Opened {
	const path = join(dir, STATE_FILE);
	// A clean close checkpoints and deletes the log: one left behind means a process died (or another
	// still runs), the only time the whole file is worth checking.
	const leftLog = existsSync(`${path}-wal`);
	privateFiles(dir, path);
	// Another process writing (two servers on one directory) holds the lock for a few ms; node:sqlite
	// waits synchronously, so the wait is short: past it the write is skipped and logged, never queued.
	const db = new DatabaseSync(path, { timeout: 250 });
	try {
		db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA journal_size_limit = 4194304;');
		if (leftLog) {
			const rows = db.prepare('PRAGMA integrity_check').all();
			if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
				throw new DamagedStore(`integrity check: ${String(rows[0]?.integrity_check)}`);
			}
		}
		db.exec(SCHEMA);
		return new Opened(db);
	} catch (error) {
		db.close();
		throw error;
	}
}

/** Keeps the damaged file for a post-mortem (only the last one, so damage cannot fill the disk). */
function moveAside(dir: string): void {
	const path = join(dir, STATE_FILE);
	try {
		renameSync(path, `${path}.damaged`);
	} catch {
		rmSync(path, { force: true });
	}
	for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
}

export class SqliteStore implements KeyValueStore {
	#opened: Opened | null = null;
	#memory: MemoryStore | null = null;
	#closed = false;
	#problems = new ProblemLog();
	readonly dir: string;

	constructor(dir: string) {
		this.dir = dir;
	}

	/** Opens the file on first use, replacing a damaged one; null when it cannot be used (then memory). */
	#open(): Opened | null {
		if (this.#opened || this.#memory || this.#closed) return this.#opened;
		try {
			this.#opened = openDatabase(this.dir);
		} catch (error) {
			if (isDamage(error)) this.#replace(error);
			else this.#giveUp(error);
		}
		return this.#opened;
	}

	#replace(error: unknown): void {
		this.#release();
		this.#problems.warn(
			'damaged',
			`${join(this.dir, STATE_FILE)} is damaged (${reason(error)}): moved aside, starting afresh`
		);
		try {
			moveAside(this.dir);
			this.#opened = openDatabase(this.dir);
		} catch (again) {
			this.#giveUp(again);
		}
	}

	#giveUp(error: unknown): void {
		this.#release();
		this.#problems.warn(
			'unusable',
			`cannot use ${this.dir} (${reason(error)}): state is kept in memory by this process`
		);
		this.#memory = new MemoryStore();
	}

	#release(): void {
		try {
			this.#opened?.db.close();
		} catch {
			// already unusable
		}
		this.#opened = null;
	}

	/**
	 * Runs one operation on the file, or in memory when the file cannot be used; damage found on the way
	 * replaces the file and tries once more.
	 */
	async #run<T>(
		work: (opened: Opened) => T,
		inMemory: (memory: MemoryStore) => Promise<T>,
		failed: T
	): Promise<T> {
		for (let attempt = 0; attempt < 2; attempt++) {
			const opened = this.#open();
			if (this.#memory) return inMemory(this.#memory);
			if (!opened) return failed;
			try {
				const value = work(opened);
				this.#problems.cleared('failed');
				return value;
			} catch (error) {
				if (!isDamage(error)) {
					this.#problems.warn('failed', `${join(this.dir, STATE_FILE)}: ${reason(error)}`);
					return failed;
				}
				this.#replace(error);
			}
		}
		return failed;
	}

	get(namespace: string, key: string): Promise<unknown> {
		return this.#run(
			({ read }) => decodeValue(read.get(namespace, key, Date.now())?.value as string | undefined),
			(memory) => memory.get(namespace, key),
			undefined
		);
	}

	async set(namespace: string, key: string, value: unknown, bounds: Bounds): Promise<void> {
		const text = encodeValue(value);
		if (text === null) return;
		await this.#run(
			({ db, write, prune }) => {
				const now = Date.now();
				db.exec('BEGIN IMMEDIATE');
				try {
					write.run(namespace, key, text, now + bounds.ttlMs);
					prune.run(namespace, now, bounds.maxEntries);
					db.exec('COMMIT');
				} catch (error) {
					if (db.isTransaction) db.exec('ROLLBACK');
					throw error;
				}
			},
			(memory) => memory.set(namespace, key, value, bounds),
			undefined
		);
	}

	update(namespace: string, key: string, change: EntryChange, bounds: Bounds): Promise<unknown> {
		return this.#run(
			({ db, read, write, prune, remove }) => {
				// IMMEDIATE takes the write lock before the read: another process cannot write in between.
				db.exec('BEGIN IMMEDIATE');
				try {
					const now = Date.now();
					const current = decodeValue(read.get(namespace, key, now)?.value as string | undefined);
					const next = change(current);
					let stored = next;
					if (next === undefined) remove.run(namespace, key);
					else {
						const text = encodeValue(next);
						if (text === null) stored = current;
						else {
							write.run(namespace, key, text, now + bounds.ttlMs);
							prune.run(namespace, now, bounds.maxEntries);
						}
					}
					db.exec('COMMIT');
					return stored;
				} catch (error) {
					if (db.isTransaction) db.exec('ROLLBACK');
					throw error;
				}
			},
			(memory) => memory.update(namespace, key, change, bounds),
			undefined
		);
	}

	async delete(namespace: string, key: string): Promise<void> {
		await this.#run(
			({ remove }) => void remove.run(namespace, key),
			(memory) => memory.delete(namespace, key),
			undefined
		);
	}

	async close(): Promise<void> {
		this.#closed = true;
		this.#release();
		await this.#memory?.close();
	}
}

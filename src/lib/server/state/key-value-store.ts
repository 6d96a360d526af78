// The small interface every state backend offers: JSON values under a namespace and a key, each with an
// expiry, a namespace holding a bounded number of entries. Expiry is judged on read, never by a timer.

export interface Bounds {
	/** How long the value lives, in ms. */
	ttlMs: number;
	/** How many entries the namespace keeps: past it, those closest to expiry go first. */
	maxEntries: number;
}

/**
 * What an update makes of an entry: `current` is undefined when absent or expired, and returning undefined
 * deletes the entry. It may be called more than once (a writer that lost a race tries again), so it must
 * only compute.
 */
export type EntryChange = (current: unknown) => unknown;

export interface KeyValueStore {
	/** The value stored under the key, or undefined when absent, expired or unreadable. Never throws. */
	get(namespace: string, key: string): Promise<unknown>;
	/** Stores a JSON value; a value over MAX_VALUE_BYTES is not kept. Never throws. */
	set(namespace: string, key: string, value: unknown, bounds: Bounds): Promise<void>;
	delete(namespace: string, key: string): Promise<void>;
	/**
	 * Replaces the value with `change(current)` as one step: no other writer (another request, another
	 * replica) slips in between the read and the write. Resolves to what is stored afterwards.
	 */
	update(namespace: string, key: string, change: EntryChange, bounds: Bounds): Promise<unknown>;
	/** Releases files and connections (at shutdown); the store may not be used afterwards. */
	close(): Promise<void>;
}

/** One value at most this big once written as JSON: a large search is a few hundred KB. */
export const MAX_VALUE_BYTES = 2 * 1024 * 1024;

/** The JSON text to keep, or null when the value is too big to be worth keeping. */
export function encodeValue(value: unknown): string | null {
	const text = JSON.stringify(value);
	return text !== undefined && Buffer.byteLength(text) <= MAX_VALUE_BYTES ? text : null;
}

/** The value back from its JSON text; text that does not parse (a damaged store) reads as absent. */
export function decodeValue(text: string | null | undefined): unknown {
	if (typeof text !== 'string') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

let problems = 0;

/**
 * Problems every store of this process met, each counted even when not logged again (/metrics). Kept here
 * rather than in the activity counters so that opening the store at start imports nothing more.
 */
export function stateStoreProblems(): number {
	return problems;
}

/**
 * Logs each kind of problem once until it clears, so a broken store does not flood the log; counts every
 * one.
 */
export class ProblemLog {
	#reported = new Set<string>();

	warn(kind: string, message: string): void {
		problems++;
		if (this.#reported.has(kind)) return;
		this.#reported.add(kind);
		console.warn(`state: ${message}`);
	}

	cleared(kind: string): void {
		this.#reported.delete(kind);
	}
}

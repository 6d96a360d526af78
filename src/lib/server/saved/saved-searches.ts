// Saved searches, kept in the state store per user (null: the one shared list of a server without
// identities): each has a feed token, a secret that is the feed's only credential, and a record of the
// results seen for it and when each was first seen, which is what "new since you looked" and the feed's
// pubDate are made of. A list is one entry changed in one step, so two saves at once both land.
import { randomBytes } from 'node:crypto';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { stateNamespace } from '#lib/server/state/state.ts';
import type { SavedPreferences } from './preferences.ts';

/** Saved searches one user may keep. */
export const MAX_SAVED_PER_USER = 50;
/** Results remembered per saved search; past it, those first seen longest ago are forgotten. */
export const MAX_SEEN_PER_SEARCH = 1000;
export const MAX_NAME_LENGTH = 100;
/** Users whose lists are kept; past it, the list changed longest ago goes (it expires soonest). */
const MAX_USERS = 10_000;
/** Kept until deleted, in practice: refreshed on every change. */
const KEEP_MS = 10 * 365 * 24 * 3_600_000;

export interface SavedSearch {
	id: string;
	name: string;
	q: string;
	/** Engines named when saving; null: the server's defaults at the time of each search. */
	engines: string[] | null;
	preferences: SavedPreferences;
	/** The feed's secret: 32 random bytes, base64url. */
	token: string;
	createdAt: number;
	/** When its results were last looked at (the results page opened from it). */
	viewedAt: number;
}

/** Infohash → when this server first saw it for this search (ms), and when the record began. */
export interface SeenRecord {
	since: number;
	hashes: Record<string, number>;
}

// The home page lists the saved searches: their schemas (saved-schemas.ts, with zod) load when one is stored.
const lists = stateNamespace<SavedSearch[]>('saved', {
	schema: async () => (await import('./saved-schemas.ts')).savedLists,
	maxEntries: MAX_USERS
});
/** Token → whose search: found by the feed, then checked against the owner's list (the truth). */
const feeds = stateNamespace<{ owner: string; id: string }>('saved-feeds', {
	schema: async () => (await import('./saved-schemas.ts')).feedOwner,
	maxEntries: MAX_USERS * MAX_SAVED_PER_USER
});
const seen = stateNamespace<SeenRecord>('saved-seen', {
	schema: async () => (await import('./saved-schemas.ts')).seenRecord,
	maxEntries: MAX_USERS * MAX_SAVED_PER_USER
});

function ownerKey(user: string | null): string {
	return user === null ? 'shared' : `user:${user}`;
}

const newToken = () => randomBytes(32).toString('base64url');
const newId = () => randomBytes(9).toString('base64url');

export async function listSaved(user: string | null): Promise<SavedSearch[]> {
	return (await lists.get(ownerKey(user))) ?? [];
}

export async function findSaved(user: string | null, id: string): Promise<SavedSearch | undefined> {
	return (await listSaved(user)).find((saved) => saved.id === id);
}

export interface NewSearch {
	name?: string;
	q: string;
	engines: string[] | null;
	preferences: SavedPreferences;
}

const sameSearch = (a: NewSearch, b: SavedSearch) =>
	a.q === b.q &&
	JSON.stringify(a.engines) === JSON.stringify(b.engines) &&
	JSON.stringify(a.preferences) === JSON.stringify(b.preferences);

/** Saves a search, or gives back the same search saved before; an error when the user's list is full. */
export async function saveSearch(user: string | null, search: NewSearch): Promise<Outcome<SavedSearch>> {
	const now = Date.now();
	const created: SavedSearch = {
		id: newId(),
		name: search.name?.trim() || search.q,
		q: search.q,
		engines: search.engines,
		preferences: search.preferences,
		token: newToken(),
		createdAt: now,
		viewedAt: now
	};
	let answer: Outcome<SavedSearch> = ok(created);
	// The feed is findable before the list names it; a token the list never names is refused anyway.
	await feeds.set(created.token, { owner: ownerKey(user), id: created.id }, KEEP_MS);
	await lists.update(
		ownerKey(user),
		(current = []) => {
			const existing = current.find((saved) => sameSearch(search, saved));
			if (existing) {
				answer = ok(existing);
				return current;
			}
			if (current.length >= MAX_SAVED_PER_USER) {
				answer = fail(
					`saved searches are full: at most ${MAX_SAVED_PER_USER} per user; delete one to save another`
				);
				return current;
			}
			answer = ok(created);
			return [...current, created];
		},
		KEEP_MS
	);
	if (!answer.ok || answer.value !== created) await feeds.delete(created.token);
	return answer;
}

/** Renames a saved search and gives it a new feed token: the old feed URL stops working. */
export async function renameSaved(
	user: string | null,
	id: string,
	name: string
): Promise<SavedSearch | undefined> {
	const token = newToken();
	let renamed: SavedSearch | undefined;
	let revoked: string | undefined;
	await feeds.set(token, { owner: ownerKey(user), id }, KEEP_MS);
	await lists.update(
		ownerKey(user),
		(current) =>
			current?.map((saved) => {
				if (saved.id !== id) return saved;
				revoked = saved.token;
				return (renamed = { ...saved, name: name.trim() || saved.q, token });
			}),
		KEEP_MS
	);
	await feeds.delete(renamed ? (revoked ?? token) : token);
	return renamed;
}

/** Deletes a saved search, its feed and what it has seen; false when there was no such search. */
export async function deleteSaved(user: string | null, id: string): Promise<boolean> {
	let removed: SavedSearch | undefined;
	await lists.update(
		ownerKey(user),
		(current = []) => {
			removed = current.find((saved) => saved.id === id);
			const kept = current.filter((saved) => saved.id !== id);
			// An empty list is no list: a user who deleted everything leaves nothing behind.
			return kept.length > 0 ? kept : undefined;
		},
		KEEP_MS
	);
	if (!removed) return false;
	await Promise.all([feeds.delete(removed.token), seen.delete(removed.id)]);
	return true;
}

/** The saved search a feed token belongs to, with its owner, while the token is current. */
export async function savedByToken(
	token: string
): Promise<{ user: string | null; saved: SavedSearch } | undefined> {
	const entry = await feeds.get(token);
	if (!entry) return undefined;
	const saved = (await lists.get(entry.owner))?.find((search) => search.id === entry.id);
	if (!saved || saved.token !== token) return undefined;
	const user = entry.owner === 'shared' ? null : entry.owner.slice('user:'.length);
	return { user, saved };
}

/**
 * Records results found for a saved search: each infohash not seen before is first seen now. The first
 * record of a search is its baseline: what it held when saved is not news.
 */
export async function recordSeen(
	id: string,
	infohashes: readonly string[],
	now = Date.now()
): Promise<SeenRecord> {
	const updated = await seen.update(
		id,
		(current) => {
			const hashes = { ...current?.hashes };
			for (const infohash of infohashes) hashes[infohash] ??= now;
			const entries = Object.entries(hashes);
			const kept =
				entries.length > MAX_SEEN_PER_SEARCH
					? Object.fromEntries(entries.sort((a, b) => b[1] - a[1]).slice(0, MAX_SEEN_PER_SEARCH))
					: hashes;
			return { since: current?.since ?? now, hashes: kept };
		},
		KEEP_MS
	);
	return updated ?? { since: now, hashes: {} };
}

export async function seenFor(id: string): Promise<SeenRecord | undefined> {
	return seen.get(id);
}

/** When what is older is no longer news: the last look, or the baseline when nobody looked since. */
function lookedAt(saved: SavedSearch, record: SeenRecord): number {
	return Math.max(saved.viewedAt, record.since);
}

/** How many results were first seen after the last look. */
export function countNew(saved: SavedSearch, record: SeenRecord | undefined): number {
	if (!record) return 0;
	const since = lookedAt(saved, record);
	return Object.values(record.hashes).filter((first) => first > since).length;
}

/** The infohashes that are not news any more: seen at or before the last look. */
export function knownBefore(saved: SavedSearch, record: SeenRecord | undefined): string[] {
	if (!record) return [];
	const since = lookedAt(saved, record);
	return Object.entries(record.hashes)
		.filter(([, first]) => first <= since)
		.map(([infohash]) => infohash);
}

/** The person has looked at these results: they are recorded, and nothing older is news any more. */
export async function markViewed(
	user: string | null,
	id: string,
	infohashes: readonly string[],
	now = Date.now()
): Promise<boolean> {
	let found = false;
	await lists.update(
		ownerKey(user),
		(current) =>
			current?.map((saved) => {
				if (saved.id !== id) return saved;
				found = true;
				return { ...saved, viewedAt: now };
			}),
		KEEP_MS
	);
	if (found) await recordSeen(id, infohashes, now);
	return found;
}

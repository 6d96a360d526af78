// What recent Torznab searches found (their best results, newest first): the part of the query-less
// answer that follows the indexes' latest releases (server/latest), so a search here shows up in the
// clients' RSS sync too. It lives in the state store, so a server woken by an RSS sync still has it.
import { z } from '#lib/zod.ts';
import { config } from '#lib/server/config.ts';
import { engineUrl } from '#lib/server/engines/endpoint.ts';
import { stateNamespace } from '#lib/server/state/state.ts';
import type { TorznabItem } from './torznab.ts';

const MAX_ITEMS = 100;
/** From each search only its best results, so one broad search does not push out all others. */
const PER_SEARCH = 25;
/** A feed nobody added to for a week is stale. */
const KEPT_MS = 7 * 24 * 3_600_000;

// Stored as JSON: the date as milliseconds, results checked on the way back in as a search's are.
const storedItems = z.array(
	z.object({
		result: z.looseObject({ infohash: z.string(), magnet: z.string() }),
		categories: z.array(z.number()),
		date: z.number()
	})
);
type StoredItem = Omit<TorznabItem, 'date'> & { date: number };
const feed = stateNamespace<StoredItem[]>('torznab', {
	// Loose objects read back as the types they were written from.
	schema: storedItems as unknown as z.ZodMiniType<StoredItem[]>,
	maxEntries: 1
});
// The feed of the engines this server searches by default, at their endpoints: a server configured with
// other sources (a mirror, a test) does not serve this one's finds.
const KEY = `recent ${config.defaultEngines.map((id) => `${id}=${engineUrl(id)}`).join(',')}`;

// Searches ending at once in this process add to the feed in turn, not over each other.
let updating: Promise<void> = Promise.resolve();

/** Adds a search's best items, newest first; an item seen again moves to the front. */
export function rememberRecent(items: TorznabItem[]): Promise<void> {
	updating = updating.then(async () => {
		const fresh = items.slice(0, PER_SEARCH).map((item) => ({ ...item, date: item.date.getTime() }));
		const known = new Set(fresh.map((item) => item.result.infohash));
		const kept = ((await feed.get(KEY)) ?? []).filter((item) => !known.has(item.result.infohash));
		await feed.set(KEY, [...fresh, ...kept].slice(0, MAX_ITEMS), KEPT_MS);
	});
	return updating;
}

export async function recentItems(): Promise<TorznabItem[]> {
	await updating;
	const items = (await feed.get(KEY)) ?? [];
	return items.map((item) => ({ ...item, date: new Date(item.date) }));
}

export async function forgetRecent(): Promise<void> {
	await updating;
	await feed.delete(KEY);
}

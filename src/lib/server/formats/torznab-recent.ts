// What recent Torznab searches found (their best results, newest first): the part of the query-less
// answer that follows the indexes' latest releases (server/latest), so a search here shows up in the
// clients' RSS sync too.
import type { TorznabItem } from './torznab.ts';

const MAX_ITEMS = 100;
/** From each search only its best results, so one broad search does not push out all others. */
const PER_SEARCH = 25;

// Insertion order is age: an item seen again moves to the newest end.
const recent = new Map<string, TorznabItem>();

export function rememberRecent(items: TorznabItem[]): void {
	for (const item of items.slice(0, PER_SEARCH).reverse()) {
		recent.delete(item.result.infohash);
		recent.set(item.result.infohash, item);
	}
	for (const key of recent.keys()) {
		if (recent.size <= MAX_ITEMS) break;
		recent.delete(key);
	}
}

export function recentItems(): TorznabItem[] {
	return [...recent.values()].reverse();
}

export function forgetRecent(): void {
	recent.clear();
}

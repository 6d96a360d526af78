// Sorting and filtering results in the browser, instantly, without asking the server again.
import { seedersOrder, type Result } from '#lib/search-events.ts';
import { GIB } from './display.ts';

export const SORT_KEYS = ['relevance', 'seeders', 'size', 'name'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ResultFilter {
	text: string;
	/** Bounds in GiB; null (or an empty field) means no bound. */
	minGiB: number | null;
	maxGiB: number | null;
}

/**
 * Relevance is the server's order; the others put unknown values last so they never hide known ones, except
 * that a dead torrent (no seeders) comes after unknown ones.
 */
export function sortResults(results: readonly Result[], key: SortKey, locale: string): Result[] {
	const sorted = [...results];
	if (key === 'seeders') sorted.sort((a, b) => seedersOrder(b.seeders) - seedersOrder(a.seeders));
	if (key === 'size') sorted.sort((a, b) => (b.size ?? -1) - (a.size ?? -1));
	if (key === 'name') {
		const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
		sorted.sort((a, b) => {
			if (a.name === null || b.name === null) return a.name === null ? (b.name === null ? 0 : 1) : -1;
			return collator.compare(a.name, b.name);
		});
	}
	return sorted;
}

/** Every word of the text must appear in the name; a size bound drops results whose size is unknown. */
export function filterResults(results: readonly Result[], filter: ResultFilter): Result[] {
	const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	const min = filter.minGiB === null ? null : filter.minGiB * GIB;
	const max = filter.maxGiB === null ? null : filter.maxGiB * GIB;
	return results.filter((result) => {
		const name = (result.name ?? '').toLocaleLowerCase();
		if (!words.every((word) => name.includes(word))) return false;
		if (min === null && max === null) return true;
		if (result.size === null) return false;
		return (min === null || result.size >= min) && (max === null || result.size <= max);
	});
}

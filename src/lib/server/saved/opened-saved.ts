// The saved search a results page was opened from (its `saved=<id>` parameter), with what its person had
// already seen, so that the page can mark the rest as new.
import type { Outcome } from '#lib/outcome.ts';
import { findSaved, knownBefore, seenFor } from './saved-searches.ts';

export interface OpenedSaved {
	id: string;
	name: string;
	/**
	 * Infohashes seen at or before the last look: every other result is new. Null before anything was
	 * recorded for it: this first look is the baseline, and nothing in it is news.
	 */
	known: string[] | null;
}

export async function openedSaved(
	owner: Outcome<{ user: string | null }>,
	url: URL
): Promise<OpenedSaved | null> {
	const id = url.searchParams.get('saved');
	if (!owner.ok || !id || id.length > 40) return null;
	const saved = await findSaved(owner.value.user, id);
	if (!saved) return null;
	const record = await seenFor(saved.id);
	return { id: saved.id, name: saved.name, known: record ? knownBefore(saved, record) : null };
}

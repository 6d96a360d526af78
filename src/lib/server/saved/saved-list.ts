// A user's saved searches as the API and the home page show them: where each leads, its feed, and how
// many results are new since it was last looked at.
import { publicOrigin } from '#lib/server/http/public-origin.ts';
import type { SavedPreferences } from './preferences.ts';
import { savedSearchAddress } from './saved-address.ts';
import { countNew, listSaved, seenFor } from './saved-searches.ts';

export interface SavedSearchView {
	id: string;
	name: string;
	q: string;
	engines: string[] | null;
	preferences: SavedPreferences;
	/** The results page, marking what is new. */
	address: string;
	/** The RSS feed's absolute URL (its token is the only credential it needs). */
	feed: string;
	/** Results first seen since the last look. */
	new: number;
	createdAt: string;
	viewedAt: string;
}

export function feedUrl(token: string, url: URL): string {
	return `${publicOrigin(url)}/feed/${token}.xml`;
}

export async function savedList(user: string | null, url: URL): Promise<SavedSearchView[]> {
	const searches = await listSaved(user);
	const records = await Promise.all(searches.map((saved) => seenFor(saved.id)));
	return searches.map((saved, index) => ({
		id: saved.id,
		name: saved.name,
		q: saved.q,
		engines: saved.engines,
		preferences: saved.preferences,
		address: savedSearchAddress(saved),
		feed: feedUrl(saved.token, url),
		new: countNew(saved, records[index]),
		createdAt: new Date(saved.createdAt).toISOString(),
		viewedAt: new Date(saved.viewedAt).toISOString()
	}));
}

// Where a saved search leads: the query parameters every search face takes, and its results page. Kept apart
// from the parsers of requests to save (saved-request.ts), which the home page loads only for a form action.
import type { SavedSearch } from './saved-searches.ts';

type SearchFields = Pick<SavedSearch, 'q' | 'engines' | 'preferences'>;

/** A saved search as the query parameters every search face takes. */
export function savedSearchParams(saved: SearchFields): URLSearchParams {
	const params = new URLSearchParams({ q: saved.q });
	if (saved.engines) params.set('engines', saved.engines.join(','));
	for (const [key, value] of Object.entries(saved.preferences)) params.set(key, value);
	return params;
}

/** The address of a saved search's results page, with everything it was saved with. */
export function savedSearchAddress(saved: SearchFields & { id: string }): string {
	const params = savedSearchParams(saved);
	params.set('saved', saved.id);
	return `/search?${params}`;
}

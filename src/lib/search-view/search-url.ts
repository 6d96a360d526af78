// Addresses of a search, the same for the page, its stream and the basic page: bookmarkable and canonical.
import { writePreferences, type Preferences } from '#lib/preferences.ts';

export type View = 'magnets' | 'links';

/**
 * `q`, then `engines` in the API's comma form (absent means the server's defaults), then `view`, then the
 * preferences that differ from the defaults.
 */
export function searchQueryString(
	query: string,
	engines: readonly string[] | null | undefined,
	view?: View,
	preferences?: Preferences
): string {
	const params = new URLSearchParams({ q: query });
	if (engines) params.set('engines', engines.join(','));
	if (view === 'links') params.set('view', view);
	if (preferences) writePreferences(params, preferences);
	return params.toString();
}

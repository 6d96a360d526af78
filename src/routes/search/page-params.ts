// The search page's address, read once: the form's repeated `engines` checkboxes joined into the API's
// comma form, then parsed exactly as every other face parses it, preferences included.
import type { EngineId } from '#lib/engine-ids.ts';
import { parsePreferences } from '#lib/preference-parser.ts';
import { PREFERENCE_KEYS, type Preferences } from '#lib/preferences.ts';
import type { View } from '#lib/search-view/search-url.ts';
import { parseSearchParams } from '#lib/server/search/params.ts';

export type SearchPageParams =
	| {
			kind: 'search';
			query: string;
			engines: EngineId[] | undefined;
			view: View;
			preferences: Preferences;
			/** The address names preferences (else the browser may apply those it remembers). */
			preferencesGiven: boolean;
	  }
	| { kind: 'empty' }
	| { kind: 'invalid'; error: string };

export function readSearchPageParams(url: URL): SearchPageParams {
	const params = new URLSearchParams(url.searchParams);
	if (!params.getAll('q').some((value) => value.trim())) return { kind: 'empty' };
	const engines = params.getAll('engines');
	if (engines.length > 1) params.set('engines', engines.join(','));
	const parsed = parseSearchParams(params);
	if (!parsed.ok) return { kind: 'invalid', error: parsed.error };
	const preferences = parsePreferences(params);
	if (!preferences.ok) return { kind: 'invalid', error: preferences.error };
	const preferencesGiven = PREFERENCE_KEYS.some((key) => params.has(key));
	const view: View = params.get('view') === 'links' ? 'links' : 'magnets';
	return { kind: 'search', ...parsed.value, view, preferences: preferences.value, preferencesGiven };
}

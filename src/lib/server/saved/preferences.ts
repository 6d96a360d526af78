// The result preferences a saved search keeps (`res`, `exclude`, `minsize`, `maxsize`, `lang`, `sort`,
// `perres`), checked by the one preferences schema every face uses and kept as the query-parameter text
// that schema writes, so a saved search reads back exactly as an address would.
import { fail, ok, type Parsed } from '#lib/outcome.ts';
import { parsePreferences } from '#lib/preference-parser.ts';
import { preferenceEntries, PREFERENCE_KEYS, type Preferences } from '#lib/preferences.ts';

export { PREFERENCE_KEYS };
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];
/** The preferences as text, only those that differ from the defaults. */
export type SavedPreferences = Partial<Record<PreferenceKey, string>>;

/** The preferences given (each as its query-parameter text), checked and written in canonical form. */
export function parseSavedPreferences(given: SavedPreferences): Parsed<SavedPreferences> {
	const parsed = parsePreferences(new URLSearchParams(given as Record<string, string>));
	if (!parsed.ok) return fail(parsed.error);
	return ok(Object.fromEntries(preferenceEntries(parsed.value)) as SavedPreferences);
}

/** A saved search's preferences as the search core takes them. */
export function readSavedPreferences(saved: SavedPreferences): Parsed<Preferences> {
	const parsed = parsePreferences(new URLSearchParams(saved as Record<string, string>));
	return parsed.ok ? ok(parsed.value) : fail(parsed.error);
}

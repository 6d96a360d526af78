// The preferences a person last chose on this browser, kept in localStorage in their URL form, so the next
// search applies them and a shared link still says them in full.
import { parsePreferences } from '#lib/preference-parser.ts';
import { preferenceEntries, type Preferences } from '#lib/preferences.ts';

const KEY = 'cf-torrent-preferences';

/** The remembered preferences, or null when none were kept (or storage is off or holds something stale). */
export function loadPreferences(): Preferences | null {
	try {
		const stored = localStorage.getItem(KEY);
		if (stored === null) return null;
		const parsed = parsePreferences(new URLSearchParams(stored));
		return parsed.ok ? parsed.value : null;
	} catch {
		return null;
	}
}

export function savePreferences(preferences: Preferences): void {
	try {
		localStorage.setItem(KEY, new URLSearchParams(preferenceEntries(preferences)).toString());
	} catch {
		// storage full or refused (private mode): the preferences still hold for this page and its address
	}
}

// The colour theme a person chose: remembered in a cookie so the server paints the first frame right.
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = 'theme';
export const THEME_STORAGE_KEY = 'cf-torrent-theme';
/** A year: a choice of colours is not something to ask again. */
export const THEME_COOKIE_MAX_AGE = 365 * 24 * 3600;

export function toTheme(value: string | null | undefined): Theme {
	return (THEMES as readonly string[]).includes(value ?? '') ? (value as Theme) : 'system';
}

/** The theme after this one, in the order the toggle cycles. */
export function nextTheme(theme: Theme): Theme {
	return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system';
}

// Every page's language and theme, as the request hook settled them, for the header and the browser.
import { THEME_COOKIE, toTheme } from '#lib/theme.ts';
import { getLocale } from '#lib/i18n/paraglide/runtime.js';

export function load({ cookies }) {
	return { lang: getLocale(), theme: toTheme(cookies.get(THEME_COOKIE)) };
}

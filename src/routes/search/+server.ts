// GET /search for clients that do not ask for HTML first (curl, scripts, text tools): SvelteKit sends
// browsers to the page beside this file and everyone else here. A search goes on to the basic page, which
// writes every result into the HTML (redirected rather than served, so it counts as the search it starts).
import { redirect } from '@sveltejs/kit';
import { THEME_COOKIE, toTheme } from '#lib/theme.ts';
import { getLocale } from '#lib/i18n/paraglide/runtime.js';
import { badQueryPage } from '#lib/server/written-page.ts';
import { readSearchPageParams } from './page-params.ts';

export function GET({ url, cookies }) {
	const params = readSearchPageParams(url);
	if (params.kind === 'empty') redirect(303, '/');
	if (params.kind === 'invalid')
		return badQueryPage(
			{ url, locale: getLocale(), theme: toTheme(cookies.get(THEME_COOKIE)) },
			params.error
		);
	redirect(303, `/search/basic${url.search}`);
}

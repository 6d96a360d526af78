// The request hook that settles each page's language and theme on the server, so `<html lang>` and the
// colours are right in the first byte, with no inline script (a strict CSP stays possible).
import { redirect } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { THEME_COOKIE, THEME_COOKIE_MAX_AGE, toTheme } from '#lib/theme.ts';
import { cookieMaxAge, cookieName, toLocale } from './paraglide/runtime.js';
import { paraglideMiddleware } from './paraglide/server.js';

/** Machine faces take no page settings: a `lang` or `theme` parameter there means something else or nothing. */
function isPage(pathname: string): boolean {
	return !/^\/(api|torznab|healthz)(\/|$)/.test(pathname);
}

export const pageSettings: Handle = async ({ event, resolve }) => {
	const { url, request, cookies } = event;
	// The switchers are GET forms so they work without JavaScript: remember the choice in a cookie, then
	// show the same page again without the setting in its address (bookmarks stay clean).
	if (
		request.method === 'GET' &&
		isPage(url.pathname) &&
		(url.searchParams.has('lang') || url.searchParams.has('theme'))
	) {
		// Not Secure: plain http on a private network is the common case (adapter-node cannot tell it from
		// https without PROTOCOL_HEADER), a Secure cookie would be dropped there, and these hold no secret.
		const options = { path: '/', httpOnly: false, sameSite: 'lax', secure: false } as const;
		const locale = toLocale(url.searchParams.get('lang'));
		if (locale) cookies.set(cookieName, locale, { ...options, maxAge: cookieMaxAge });
		if (url.searchParams.has('theme')) {
			const theme = toTheme(url.searchParams.get('theme'));
			if (theme === 'system') cookies.delete(THEME_COOKIE, options);
			else cookies.set(THEME_COOKIE, theme, { ...options, maxAge: THEME_COOKIE_MAX_AGE });
		}
		const back = new URL(url);
		back.searchParams.delete('lang');
		back.searchParams.delete('theme');
		// One leading slash: `//evil.example/` is a path here, but as a Location it names another site
		// (which SvelteKit refuses, answering 500).
		redirect(303, `/${back.pathname.replace(/^\/+/, '')}${back.search}`);
	}

	const theme = toTheme(cookies.get(THEME_COOKIE));
	const themeAttribute = theme === 'system' ? '' : ` data-theme="${theme}"`;
	// Paraglide picks the language (cookie, then Accept-Language, then English) and keeps it for this
	// request, so every message rendered on the server is in it.
	return paraglideMiddleware(request, async ({ locale }) => {
		const response = await resolve(event, {
			transformPageChunk: ({ html }) =>
				html.replace('<html lang="%lang%"', `<html lang="${locale}"${themeAttribute}`)
		});
		if (
			isPage(url.pathname) &&
			response.headers.get('content-type')?.startsWith('text/html') &&
			!response.headers.has('vary')
		) {
			response.headers.set('vary', 'Accept-Language, Cookie');
		}
		return response;
	});
};

// Pages the server writes itself (the basic results page, a query it cannot run, a search refused for now):
// the same head, header and stylesheet as the Svelte pages, in the reader's language, with no script at all.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import SiteHeader from '#lib/components/site-header.svelte';
import type { Theme } from '#lib/theme.ts';
import { m } from '#lib/i18n/paraglide/messages.js';
import type { Locale } from '#lib/i18n/paraglide/runtime.js';

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A component's server-rendered markup, to be written into the page. */
export function html<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
): string {
	return render(component as Component<Record<string, unknown>>, { props }).body;
}

export interface PageContext {
	url: URL;
	locale: Locale;
	theme: Theme;
}

/** Everything up to and including the opening of <main>; `title` is plain text. */
export function documentStart({ url, locale, theme }: PageContext, title: string): string {
	return `<!doctype html>
<html lang="${locale}"${theme === 'system' ? '' : ` data-theme="${theme}"`}>
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
<link rel="stylesheet" href="/app.css" />
<link rel="search" type="application/opensearchdescription+xml" title="cf-torrent" href="/opensearch.xml" />
<link rel="manifest" href="/manifest.webmanifest" />
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(m.skip_to_results())}</a>
${html(SiteHeader, { url, lang: locale, theme })}
<main id="main" class="page">
`;
}

export const DOCUMENT_END = '</main>\n</body>\n</html>\n';

/** The friendly page for a query that cannot be run, as the search page's own error page words it. */
export function badQueryPage(context: PageContext, reason: string): Response {
	const body = `${documentStart(context, `400 — cf-torrent`)}<div class="error-page">
<h1>${escapeHtml(m.error_title())}</h1>
<p>${escapeHtml(m.error_bad_request({ reason }))}</p>
<p><a href="/">${escapeHtml(m.error_back())}</a></p>
</div>
${DOCUMENT_END}`;
	return new Response(body, {
		status: 400,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}

/** Why a search is refused for now, and when to come back. */
export type Refusal =
	| { kind: 'rate'; perMinute: number; retryAfterSeconds: number }
	| { kind: 'busy'; searches: number; retryAfterSeconds: number };

/** The page a browser gets with a 429: says why and when to come back. */
export function tooManyPage(context: PageContext, refusal: Refusal): string {
	const seconds = refusal.retryAfterSeconds;
	const reason =
		refusal.kind === 'rate'
			? m.too_many_rate({ limit: refusal.perMinute, seconds })
			: m.too_many_busy({ count: refusal.searches, seconds });
	return `${documentStart(context, `${m.too_many_title()} — cf-torrent`)}<div class="error-page" data-testid="too-many">
<h1>${escapeHtml(m.too_many_title())}</h1>
<p>${escapeHtml(reason)}</p>
<p><a href="/">${escapeHtml(m.error_back())}</a></p>
</div>
${DOCUMENT_END}`;
}

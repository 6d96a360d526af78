// GET /search/basic?q=Q[&engines=a,b][&res=…&exclude=…]: the results page for browsers without
// JavaScript, written as HTML while the search runs so each magnet the preferences keep shows the moment
// it is found; once the search ends the list is written again in the one ranking (the streamed copy
// hidden), with the resolution bar as links. The search page sends such browsers here with a <noscript>
// refresh; everyone else gets the streamed client page.
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { PREFERENCE_KEYS, writePreferences, type Preferences } from '#lib/preferences.ts';
import { applyPreferences, countByResolution, isWanted } from '#lib/ranking.ts';
import EngineChips from '#lib/components/engine-chips.svelte';
import ResultCard from '#lib/components/result-card.svelte';
import SaveSearch from '#lib/components/save-search.svelte';
import SearchForm from '#lib/components/search-form.svelte';
import { applyEvent, emptyProgress } from '#lib/search-view/search-progress.ts';
import { emptyNotice, problemSentences, progressLine } from '#lib/search-view/search-summary.ts';
import { THEME_COOKIE, toTheme } from '#lib/theme.ts';
import WebLinks from '#lib/components/web-links.svelte';
import { m } from '#lib/i18n/paraglide/messages.js';
import { getLocale } from '#lib/i18n/paraglide/runtime.js';
import { authorizeChange } from '#lib/server/http/authorize-change.ts';
import { openedSaved } from '#lib/server/saved/opened-saved.ts';
import { preferenceEntries } from '#lib/preferences.ts';
import { markViewed } from '#lib/server/saved/saved-searches.ts';
import { listEngines } from '#lib/server/search/engine-list.ts';
import { search } from '#lib/server/search/search.ts';
import { listClients } from '#lib/server/torrent-clients/list-clients.ts';
import { readSearchPageParams } from '../page-params.ts';
import { badQueryPage, DOCUMENT_END, documentStart, escapeHtml, html } from '#lib/server/written-page.ts';

export async function GET(event) {
	const { url, request, cookies } = event;
	const context = { url, locale: getLocale(), theme: toTheme(cookies.get(THEME_COOKIE)) };
	const { locale } = context;
	const params = readSearchPageParams(url);
	if (params.kind === 'empty') redirect(303, '/');
	if (params.kind === 'invalid') return badQueryPage(context, params.error);

	const engines = await listEngines();
	const selected = params.engines ?? engines.filter((engine) => engine.enabled).map((engine) => engine.id);
	const searched = engines.filter((engine) => selected.includes(engine.id));
	const names = Object.fromEntries(engines.map((engine) => [engine.id, engine.name]));
	const { query, preferences } = params;
	const title = m.search_title({ query });
	const clients = listClients();
	// After sending, the form's answer links back here (the search is then usually in the cache).
	const sendForm = { back: `${url.pathname}${url.search}` };
	// Opened from a saved search: what it had not seen is marked new, and once all is shown, it is seen.
	const owner = authorizeChange(event);
	const saved = await openedSaved(owner, url);
	const known = saved?.known ? new Set(saved.known) : null;
	const saveForm = saved
		? `<p class="saved-note">${escapeHtml(m.saved_watching({ name: saved.name }))}</p>`
		: html(SaveSearch, {
				query,
				engines: params.engines ?? null,
				preferences: Object.fromEntries(preferenceEntries(preferences))
			});

	const head = `${documentStart(context, title)}<h1 class="visually-hidden">${escapeHtml(title)}</h1>
${html(SearchForm, { query: params.query, engines, selected, action: '/search/basic', view: params.view, locale, preferences })}
${saveForm}
<p class="progress">${escapeHtml(m.nojs_searching())}</p>
<h2 class="visually-hidden">${escapeHtml(m.view_magnets())}</h2>
<ol class="results" id="streamed">
`;

	const events = search(params.query, { engines: params.engines, signal: request.signal });
	const progress = emptyProgress();
	const versions = new Map<string, number>();
	const encoder = new TextEncoder();

	// Written as a loop started here, inside the request, so the language chosen for it stays in force.
	// Once the reader cancels (a client gone, or HEAD, whose body SvelteKit drops at once) the controller
	// throws on every call; a throw from this loop would be an unhandled rejection and end the process.
	let cancelled = false;
	async function write(controller: ReadableStreamDefaultController<Uint8Array>) {
		const send = (text: string) => {
			if (!cancelled) controller.enqueue(encoder.encode(text));
		};
		const close = () => {
			if (!cancelled) controller.close();
		};
		try {
			send(head);
			for await (const event of events) {
				const change = applyEvent(progress, event);
				if (event.type !== 'result' || change === null || !isWanted(event, preferences)) continue;
				// Written HTML cannot change: a result that grew is written again and its older copy hidden.
				const version = versions.get(event.infohash) ?? -1;
				versions.set(event.infohash, version + 1);
				const id = `r-${event.infohash}-`;
				const hide = version >= 0 ? `<style>#${id}${version}{display:none}</style>` : '';
				const result = progress.results.find((known) => known.infohash === event.infohash) ?? event;
				send(
					`${hide}<li id="${id}${version + 1}">${html(ResultCard, {
						result,
						engineNames: names,
						locale,
						copyable: false,
						idSuffix: `-${version + 1}`,
						clients,
						sendForm,
						fresh: known !== null && !known.has(event.infohash)
					})}</li>\n`
				);
			}
			if (saved && owner.ok && progress.elapsedMs !== null) {
				const infohashes = progress.results.map((result) => result.infohash).slice(0, 1000);
				await markViewed(owner.value.user, saved.id, infohashes);
			}
			send(ending());
			close();
		} catch (caught) {
			// The person went away (aborted) or the search broke: end the page as well as can be done.
			if (!request.signal.aborted && !cancelled) {
				send(
					`</ol><div class="notice bad" role="alert"><p>${escapeHtml(m.stream_failed({ reason: String(caught) }))}</p></div>${DOCUMENT_END}`
				);
				close();
			}
		}
	}

	function ending(): string {
		const finished = true;
		const problems = problemSentences(progress, searched, finished);
		const empty =
			progress.results.length === 0
				? `<div class="notice" data-testid="empty"><p>${escapeHtml(emptyNotice(progress, query))}</p></div>`
				: '';
		const { shown, hidden } = applyPreferences(query, progress.results, preferences);
		const ranked = shown
			.map(
				(result) =>
					`<li>${html(ResultCard, { result, engineNames: names, locale, copyable: false, idSuffix: '-ranked', clients, sendForm })}</li>`
			)
			.join('\n');
		return `</ol>
<style>#streamed{display:none}</style>
${resolutionBar(url, preferences, progress.results)}
${hidden > 0 ? `<p class="hidden-line" data-testid="hidden">${escapeHtml(m.hidden_by_filters({ count: hidden }))} <a href="${escapeHtml(withoutFilters(url, preferences))}">${escapeHtml(m.show_hidden())}</a></p>` : ''}
<ol class="results" data-testid="ranked">
${ranked}
</ol>
${empty}
<p class="progress" data-testid="progress">${escapeHtml(progressLine(progress, searched, locale))}</p>
${html(EngineChips, { engines: searched, reports: progress.engines, finished, locale })}
${problems.length > 0 ? `<ul class="problems" data-testid="problems">${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>` : ''}
<h2>${escapeHtml(m.view_links())}</h2>
${html(WebLinks, { engines: searched, reports: progress.engines, pages: progress.pages, finished })}
${DOCUMENT_END}`;
	}

	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			void write(controller);
		},
		async cancel() {
			cancelled = true;
			await events.return(undefined);
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			// Proxies such as nginx would otherwise hold the page back until the search ends.
			'x-accel-buffering': 'no'
		}
	});
}

/** The address of this page with other preferences. */
function withPreferences(url: URL, preferences: Preferences): string {
	const params = writePreferences(new URLSearchParams(url.searchParams), preferences);
	return `${resolve('/search/basic')}?${params}`;
}

/** The same search with only the order kept: "show them" for what the filters hid. */
function withoutFilters(url: URL, preferences: Preferences): string {
	const params = new URLSearchParams(url.searchParams);
	for (const key of PREFERENCE_KEYS) params.delete(key);
	return withPreferences(new URL(`?${params}`, url), {
		res: [],
		exclude: [],
		minsize: null,
		maxsize: null,
		lang: preferences.lang,
		sort: preferences.sort,
		perres: null
	});
}

/** The resolution bar of the page, as links: one tap shows only that resolution (or all of them again). */
function resolutionBar(
	url: URL,
	preferences: Preferences,
	results: Parameters<typeof countByResolution>[0]
): string {
	const counts = countByResolution(
		results.filter((result) => isWanted(result, { ...preferences, res: [], perres: null }))
	);
	if (counts.length === 0) return '';
	const link = (label: string, res: Preferences['res'], pressed: boolean, extra = '') =>
		`<a class="button${pressed ? ' pressed' : ''}" href="${escapeHtml(withPreferences(url, { ...preferences, res }))}"${pressed ? ' aria-current="true"' : ''}${extra}>${label}</a>`;
	const items = [
		link(escapeHtml(m.resolution_all()), [], preferences.res.length === 0),
		...counts
			.filter((count) => count.resolution !== 'unknown')
			.map(({ resolution, count }) =>
				link(
					`${escapeHtml(resolution)} <span class="count">${count}</span>`,
					resolution === 'unknown' ? [] : [resolution],
					preferences.res.length === 1 && preferences.res[0] === resolution,
					` data-resolution="${escapeHtml(resolution)}"`
				)
			)
	];
	return `<nav class="resolution-bar" aria-label="${escapeHtml(m.resolution_filter())}">${items.join('')}</nav>`;
}

// Names an IMDb id for a search: Cinemeta first, the IMDb title page when Cinemeta fails or does not know
// it. Shared by the Stremio add-on and Torznab's imdbid searches.
import { config } from '#lib/server/config.ts';
import { fetchTrusted } from '#lib/server/egress/index.ts';
import { cinemetaMetaUrl, parseCinemetaMeta } from './cinemeta.ts';
import { imdbTitleUrl, parseImdbPageTitle } from './imdb-page.ts';
import type { Title, TitleKind } from './title.ts';

export type { Title, TitleKind } from './title.ts';

/** A service that can name ids: where to ask and how to read the answer. */
interface TitleSource {
	url(kind: TitleKind, imdbId: string): string;
	accept: string;
	parse(body: string): Title | null;
}

const CINEMETA: TitleSource = {
	url: (kind, id) => cinemetaMetaUrl(config.cinemetaUrl ?? 'https://v3-cinemeta.strem.io', kind, id),
	accept: 'application/json',
	parse: parseCinemetaMeta
};

const IMDB_PAGE: TitleSource = {
	url: (_kind, id) => imdbTitleUrl(config.imdbUrl ?? 'https://www.imdb.com', id),
	accept: 'text/html',
	parse: parseImdbPageTitle
};

// Names never change, so known ones are kept (bounded); an unknown id is asked again after a while, as
// it may be a new release or the services may have been down.
const MAX_ENTRIES = 1000;
const RETRY_UNKNOWN_MS = 10 * 60_000;
const known = new Map<string, { title: Title | null; at: number }>();

function remember(key: string, title: Title | null): void {
	known.delete(key);
	known.set(key, { title, at: Date.now() });
	if (known.size > MAX_ENTRIES) known.delete(known.keys().next().value!);
}

async function ask(source: TitleSource, kind: TitleKind, imdbId: string, signal?: AbortSignal) {
	const answer = await fetchTrusted(source.url(kind, imdbId), {
		signal,
		timeoutMs: config.siteTimeoutMs,
		accept: source.accept
	});
	if (!answer.ok || answer.value.status !== 200) return null;
	return source.parse(answer.value.text());
}

export async function lookupTitle(
	kind: TitleKind,
	imdbId: string,
	options: { signal?: AbortSignal } = {}
): Promise<Title | null> {
	const key = `${kind}/${imdbId}`;
	const cached = known.get(key);
	if (cached && (cached.title || Date.now() - cached.at < RETRY_UNKNOWN_MS)) return cached.title;
	for (const source of [CINEMETA, IMDB_PAGE]) {
		const title = await ask(source, kind, imdbId, options.signal);
		if (options.signal?.aborted) return null;
		if (title) {
			remember(key, title);
			return title;
		}
	}
	remember(key, null);
	return null;
}

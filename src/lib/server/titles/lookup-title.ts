// Names an IMDb id for a search: Cinemeta first, the IMDb title page when Cinemeta fails or does not know
// it. Shared by the Stremio add-on and Torznab's imdbid searches.
import { z } from '#lib/zod.ts';
import { config } from '#lib/server/config.ts';
import { fetchConfigured } from '#lib/server/egress/index.ts';
import { stateNamespace } from '#lib/server/state/state.ts';
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

// Names never change, so known ones are kept a month (the state store bounds how many); an unknown id is
// asked again after a while, as it may be a new release or the services may have been down.
const KNOWN_MS = 30 * 24 * 3_600_000;
const RETRY_UNKNOWN_MS = 10 * 60_000;
const known = stateNamespace('titles', {
	schema: z.object({
		title: z.nullable(
			z.object({ name: z.string(), year: z.nullable(z.number()), source: z.enum(['cinemeta', 'imdb']) })
		)
	}),
	maxEntries: 2000
});

async function ask(source: TitleSource, kind: TitleKind, imdbId: string, signal?: AbortSignal) {
	const answer = await fetchConfigured(
		{ url: source.url(kind, imdbId), headers: { accept: source.accept } },
		{ signal, timeoutMs: config.siteTimeoutMs, followRedirects: true }
	);
	if (!answer.ok || answer.value.status !== 200) return null;
	return source.parse(answer.value.body);
}

export async function lookupTitle(
	kind: TitleKind,
	imdbId: string,
	options: { signal?: AbortSignal } = {}
): Promise<Title | null> {
	// What these services said: another Cinemeta or IMDb (a mirror, a test) may name ids otherwise.
	const key = `${CINEMETA.url(kind, imdbId)} ${IMDB_PAGE.url(kind, imdbId)}`;
	const cached = await known.get(key);
	if (cached) return cached.title;
	for (const source of [CINEMETA, IMDB_PAGE]) {
		const title = await ask(source, kind, imdbId, options.signal);
		if (options.signal?.aborted) return null;
		if (title) {
			await known.set(key, { title }, KNOWN_MS);
			return title;
		}
	}
	await known.set(key, { title: null }, RETRY_UNKNOWN_MS);
	return null;
}

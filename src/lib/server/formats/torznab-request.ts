// Torznab's query string (`t`, `q`, `season`, `ep`, `imdbid`, `cat`, `limit`, `offset`, `extended`,
// `apikey`), parsed once into a request or the Torznab error code that a client knows how to report.
import { z } from '#lib/zod.ts';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import type { Release } from '#lib/release.ts';
import { episodeFit } from '#lib/server/release/episode-fit.ts';

export const TORZNAB_FUNCTIONS = ['caps', 'search', 'tvsearch', 'movie'] as const;
export type TorznabFunction = (typeof TORZNAB_FUNCTIONS)[number];

/** Functions of the Newznab/Torznab family that this server does not offer (203, not 202). */
const OTHER_KNOWN_FUNCTIONS = [
	'music',
	'audio',
	'book',
	'details',
	'getnfo',
	'get',
	'register',
	'cart-add',
	'cart-del',
	'comments',
	'comments-add',
	'user'
];

export const MAX_LIMIT = 100;
// The bound every face puts on a query; not imported from the search parameters, which load the engines.
const MAX_QUERY_LENGTH = 200;

export interface TorznabRequest {
	t: TorznabFunction;
	q: string | null;
	season: number | null;
	/** An episode number, or `MM/DD` for daily shows (Sonarr sends the year as `season`). */
	ep: string | null;
	/** `tt` and at least seven digits, however the client wrote it. */
	imdbId: string | null;
	/** Requested categories; null means all. */
	categories: number[] | null;
	limit: number;
	offset: number;
	extended: boolean;
}

export interface TorznabError {
	code: number;
	description: string;
}

export type ParsedTorznab = Outcome<TorznabRequest, TorznabError>;

const optional = <T extends z.ZodMiniType<unknown, string>>(schema: T) =>
	z.pipe(
		z.pipe(
			z.optional(z.string()),
			z.transform((value: string | undefined) =>
				value === undefined || value.trim() === '' ? undefined : value.trim()
			)
		),
		z.optional(schema)
	);

const integer = (name: string, max: number) =>
	z.pipe(
		z.pipe(z.string().check(z.regex(/^\d{1,9}$/, `${name} must be a whole number`)), z.transform(Number)),
		z.number().check(z.lte(max, `${name} must be at most ${max}`))
	);

const params = z.object({
	q: optional(
		z.pipe(
			z.pipe(
				z.string(),
				z.transform((value: string) => value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim())
			),
			z.string().check(z.maxLength(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`))
		)
	),
	season: optional(integer('season', 9999)),
	ep: optional(
		z.string().check(z.regex(/^(?:\d{1,5}|\d{1,2}\/\d{1,2})$/, 'ep must be an episode number or MM/DD'))
	),
	imdbid: optional(
		z.pipe(
			z.string().check(z.regex(/^(?:tt)?\d{1,10}$/i, 'imdbid must be an IMDb id like tt0111161')),
			z.transform((value: string) => `tt${value.replace(/^tt/i, '').padStart(7, '0')}`)
		)
	),
	cat: optional(
		z.pipe(
			z.string().check(z.regex(/^\d{1,6}(?:,\d{1,6})*,?$/, 'cat must be comma-separated category numbers')),
			z.transform((value: string) => value.split(',').filter(Boolean).map(Number))
		)
	),
	limit: optional(integer('limit', 1_000_000)),
	offset: optional(integer('offset', 1_000_000)),
	extended: optional(z.enum(['0', '1'], { error: 'extended must be 0 or 1' }))
});

const NAMES = ['q', 'season', 'ep', 'imdbid', 'cat', 'limit', 'offset', 'extended'] as const;

export function parseTorznabRequest(search: URLSearchParams): ParsedTorznab {
	const t = search.get('t')?.trim().toLowerCase();
	if (!t) return fail({ code: 200, description: 'Missing parameter (t)' });
	if (!(TORZNAB_FUNCTIONS as readonly string[]).includes(t)) {
		return OTHER_KNOWN_FUNCTIONS.includes(t)
			? fail({ code: 203, description: `Function not available (${t.slice(0, 20)})` })
			: fail({ code: 202, description: `No such function (${t.slice(0, 20)})` });
	}
	const raw = Object.fromEntries(NAMES.map((name) => [name, search.get(name) ?? undefined]));
	const parsed = params.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return fail({ code: 201, description: `Incorrect parameter (${issue?.message ?? 'invalid value'})` });
	}
	const { q, season, ep, imdbid, cat, limit, offset, extended } = parsed.data;
	return ok({
		t: t as TorznabFunction,
		q: q || null,
		season: season ?? null,
		ep: ep ?? null,
		imdbId: imdbid ?? null,
		categories: cat && cat.length > 0 ? cat : null,
		limit: Math.min(limit ?? MAX_LIMIT, MAX_LIMIT),
		offset: offset ?? 0,
		extended: extended === '1'
	});
}

/** What kind of content a function asks for: it decides the category of every item. */
export function requestKind(request: TorznabRequest): 'tv' | 'movie' | null {
	return request.t === 'tvsearch' ? 'tv' : request.t === 'movie' ? 'movie' : null;
}

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * The text to search for: `q` (or the IMDb title's name), with the season and episode as release names
 * spell them (`S01E02`, `S01`, or `2024 01 15` for daily shows). Null when there is nothing to search:
 * the client wants the latest releases.
 */
export function torznabSearchText(
	request: TorznabRequest,
	title: { name: string; year: number | null } | null
): string | null {
	const named = title
		? request.t === 'movie' && title.year
			? `${title.name} ${title.year}`
			: title.name
		: null;
	const base = request.q ?? named;
	if (!base) return null;
	if (request.t !== 'tvsearch' || request.season === null) return base;
	const daily = request.ep?.includes('/');
	if (request.season >= 1000 || daily) {
		if (!request.ep) return `${base} ${request.season}`;
		const [month, day] = request.ep.split('/');
		return daily ? `${base} ${request.season} ${pad(month!)} ${pad(day!)}` : `${base} ${request.season}`;
	}
	return request.ep
		? `${base} S${pad(request.season)}E${pad(request.ep)}`
		: `${base} S${pad(request.season)}`;
}

/**
 * Whether a release can be what a `tvsearch` with a season (and episode) asks for: an IMDb-id search
 * answers every episode of the show, and Sonarr would only reject the others one by one. A season search
 * takes that season's episodes and every pack that holds the season; an episode search takes the episode,
 * alone or in a multi-episode release, and the packs that hold it (Sonarr's automatic search passes over a
 * season pack there, its interactive search offers it). Names that do not say are kept.
 */
export function fitsRequestedEpisode(release: Release | null, request: TorznabRequest): boolean {
	const { season, ep } = request;
	if (request.t !== 'tvsearch' || season === null || season >= 1000) return true;
	if (ep !== null && !/^\d+$/.test(ep)) return true;
	if (ep === null) return !release || release.seasons.length === 0 || release.seasons.includes(season);
	return episodeFit(release, season, Number(ep)) !== 'other';
}

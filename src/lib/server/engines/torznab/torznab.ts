// A Torznab endpoint of the operator's (Prowlarr, Jackett, another cf-torrent) as an engine: `t=search` for
// text, `t=movie`/`t=tvsearch` by IMDb id where its caps say so, each item read from its torznab:attr
// fields. An item that names only a .torrent (Jackett's and Prowlarr's /dl/ links) is handed back for
// the search to fetch: engines never open connections.
import { loadMarkup, type CheerioAPI } from '#lib/server/markup.ts';
import type { Element } from 'domhandler';
import { magnetKey, normaliseInfohash, parseMagnet } from '#lib/server/magnet/magnet.ts';
import type { Sighting } from '#lib/server/sighting.ts';
import { statusOutcome, UNEXPECTED_SHAPE } from '../shared/answer-status.ts';
import type { Engine, EngineAnswer, EngineOutcome, EngineRequest, TorrentFileLink } from '../types.ts';
import type { TorznabSource } from './source-list.ts';

const XML_HEADERS = { accept: 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.8' };

/** `tt0111161` (a film), `tt0944947 S03E06` or `tt0944947 S03` (a show): what title-search hands an engine. */
const IMDB_QUERY = /^(tt\d{7,9})(?:\s+S(\d{1,4})(?:E(\d{1,4}))?)?$/i;

/** What an endpoint's caps say it can be asked by IMDb id. */
export interface TorznabCaps {
	movieImdb: boolean;
	tvImdb: boolean;
	/** tv-search takes `season` and `ep`. */
	tvEpisodes: boolean;
}

/**
 * The endpoint's API URL with these parameters added to its own (the apikey among them). Sonarr's rule:
 * a URL that does not already end in `/api` gets it, so Jackett's copied feed URL (`…/torznab/`) works.
 */
export function torznabUrl(baseUrl: string, params: Record<string, string>): string {
	const url = new URL(baseUrl);
	if (!/\/api\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/+$/, '')}/api`;
	for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
	return url.href;
}

export function capsRequest(baseUrl: string): EngineRequest {
	return { url: torznabUrl(baseUrl, { t: 'caps' }), headers: XML_HEADERS };
}

/** Reads a `<caps>` answer; null when it is not one (an error, a login page). */
export function parseCaps(answer: EngineAnswer): TorznabCaps | null {
	if (answer.status < 200 || answer.status > 299) return null;
	const $ = loadMarkup(answer.body, { xml: true });
	if ($('caps').length !== 1) return null;
	// Newznab's rule: a function without supportedParams takes `q` alone.
	const params = (name: string) => {
		const node = $(`caps > searching > ${name}`).first();
		if (node.attr('available')?.trim().toLowerCase() !== 'yes') return new Set<string>();
		return new Set(
			(node.attr('supportedParams') ?? 'q').split(',').map((param) => param.trim().toLowerCase())
		);
	};
	const movie = params('movie-search');
	const tv = params('tv-search');
	return {
		movieImdb: movie.has('imdbid'),
		tvImdb: tv.has('imdbid'),
		tvEpisodes: tv.has('season') && tv.has('ep')
	};
}

/** Whether an endpoint with these caps is asked by IMDb id for this kind of title. */
export function takesImdbId(caps: TorznabCaps, type: 'movie' | 'series'): boolean {
	return type === 'movie' ? caps.movieImdb : caps.tvImdb;
}

function searchRequest(query: string, baseUrl: string): EngineRequest {
	const imdb = IMDB_QUERY.exec(query.trim());
	let params: Record<string, string>;
	if (!imdb) params = { t: 'search', q: query };
	else {
		const [, id = '', season, episode] = imdb;
		params =
			season === undefined
				? { t: 'movie', imdbid: id.toLowerCase() }
				: {
						t: 'tvsearch',
						imdbid: id.toLowerCase(),
						season: String(Number(season)),
						...(episode === undefined ? {} : { ep: String(Number(episode)) })
					};
	}
	// Jackett adds its extra torznab:attr fields (infohash, magneturl…) only when asked with extended=1.
	return { url: torznabUrl(baseUrl, { ...params, extended: '1' }), headers: XML_HEADERS };
}

/** The `<error code description>` a Torznab server answers with, read whatever the HTTP status. */
function torznabError($: CheerioAPI): EngineOutcome | null {
	const error = $.root().children('error').first();
	if (error.length === 0) return null;
	const code = error.attr('code')?.trim() ?? '?';
	const description = (error.attr('description') ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
	return { kind: 'error', reason: `${description || 'error'} (Torznab error ${code})` };
}

function whole(value: string | undefined): number | null {
	if (value === undefined || !/^\s*\d{1,16}\s*$/.test(value)) return null;
	const number = Number(value);
	return Number.isSafeInteger(number) ? number : null;
}

function httpUrl(value: string | undefined): string | null {
	const url = value ? URL.parse(value.trim()) : null;
	return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

interface Item {
	infohash: string | null;
	details: Omit<Sighting, 'infohash'>;
	/** The item's .torrent, when it names no infohash or magnet. */
	torrentUrl: string | null;
	/** The IMDb id the indexer filed it under (`tt…`), or null. */
	imdb: string | null;
	categories: number[];
}

function readItem($: CheerioAPI, item: Element, endpoint: URL): Item {
	const node = $(item);
	const field = (name: string) => node.children(name).first().text().trim();
	const attrs = new Map<string, string[]>();
	for (const attr of node.children('torznab\\:attr, newznab\\:attr').toArray()) {
		const name = $(attr).attr('name')?.trim().toLowerCase();
		const value = $(attr).attr('value');
		if (name && value !== undefined) attrs.set(name, [...(attrs.get(name) ?? []), value.trim()]);
	}
	const attr = (name: string) => attrs.get(name)?.[0];

	const enclosures = node
		.children('enclosure')
		.toArray()
		.map((enclosure) => ({
			url: $(enclosure).attr('url')?.trim() ?? '',
			type: $(enclosure).attr('type') ?? ''
		}));
	const magnetText = [attr('magneturl'), field('link'), ...enclosures.map((e) => e.url)].find((value) =>
		value?.startsWith('magnet:')
	);
	const magnet = magnetText ? parseMagnet(magnetText) : null;
	const infohash = normaliseInfohash(attr('infohash') ?? '') ?? (magnet ? magnetKey(magnet) : null);
	const torrentEnclosure = enclosures.find((e) => httpUrl(e.url) && !/nzb/i.test(e.type));
	const link = httpUrl(field('link'));

	const seeders = whole(attr('seeders'));
	const peers = whole(attr('peers'));
	const leechers =
		whole(attr('leechers')) ??
		(peers !== null && seeders !== null && peers >= seeders ? peers - seeders : null);
	const published = Date.parse(field('pubDate'));
	// A link on the endpoint's own origin is a download link carrying its key: never a page to show.
	const page = [field('comments'), field('guid')]
		.map(httpUrl)
		.find((url) => url !== null && new URL(url).origin !== endpoint.origin);
	const imdbAttr = attr('imdbid') ?? attr('imdb');
	const imdbDigits = imdbAttr?.replace(/^tt/i, '');
	return {
		infohash,
		details: {
			btmh: magnet?.btmh ?? null,
			name: field('title') || magnet?.name || null,
			size: whole(attr('size')) ?? whole(field('size')) ?? magnet?.size ?? null,
			seeders,
			leechers,
			trackers: magnet?.trackers ?? [],
			page: page ?? null,
			published: Number.isNaN(published) ? null : published
		},
		torrentUrl: infohash
			? null
			: (httpUrl(torrentEnclosure?.url) ?? (link && !link.includes('magnet:') ? link : null)),
		imdb: imdbDigits && /^\d{7,9}$/.test(imdbDigits) ? `tt${imdbDigits.padStart(7, '0')}` : null,
		categories: (attrs.get('category') ?? []).map(Number).filter(Number.isInteger)
	};
}

/** Reads a search answer: items with an infohash as sightings, items with only a .torrent to be fetched. */
export function parseTorznab(answer: EngineAnswer): EngineOutcome {
	const $ = loadMarkup(answer.body, { xml: true });
	const error = torznabError($);
	if (error) return error;
	const failure = statusOutcome(answer);
	if (failure) return failure;
	if ($('rss > channel').length !== 1) return UNEXPECTED_SHAPE;
	const endpoint = new URL(answer.url);
	// Asked by IMDb id: an item the indexer filed under another title is not this one.
	const askedImdb = endpoint.searchParams.get('imdbid');
	const sightings: Sighting[] = [];
	const torrentFiles: TorrentFileLink[] = [];
	for (const element of $('rss > channel > item').toArray()) {
		const { infohash, details, torrentUrl, imdb } = readItem($, element, endpoint);
		if (askedImdb && imdb && imdb !== askedImdb) continue;
		if (infohash) sightings.push({ infohash, ...details });
		else if (torrentUrl) torrentFiles.push({ url: torrentUrl, details });
	}
	return { kind: 'sightings', sightings, ...(torrentFiles.length > 0 ? { torrentFiles } : {}) };
}

/** The engine `torznab-<label>` for one source of TORZNAB_SOURCES. */
export function torznabEngine(source: TorznabSource): Engine {
	return {
		id: source.id,
		name: `${source.label} (Torznab)`,
		kind: 'index',
		defaultUrl: '',
		buildRequest: searchRequest,
		parse: parseTorznab
	};
}

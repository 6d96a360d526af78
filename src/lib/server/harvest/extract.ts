// Finds magnets on a page wherever real sites put them (href, entity-encoded, JS strings, data-*
// attributes, textarea, JSON, escaped <pre>) and the .torrent links worth decoding.
import * as cheerio from 'cheerio';
import { infohashFromTorrentUrl, parseMagnet, type Magnet } from '#lib/server/magnet/magnet.ts';

export interface TorrentLink {
	url: string;
	/** Known without downloading when the URL carries the infohash (itorrents-style mirrors). */
	infohash: string | null;
	/** The link's text or its `title=` parameter. */
	name: string | null;
}

export interface PageHarvest {
	magnets: Magnet[];
	torrentLinks: TorrentLink[];
	/** The page's title, a name for magnets that carry none. */
	title: string | null;
}

/** A page can hold this many magnets; beyond it the rest is noise or an attack. */
const MAX_MAGNETS = 2000;
const MAX_TORRENT_LINKS = 50;

// A magnet runs until a character that cannot be inside an attribute value or a JS/JSON string.
const MAGNET_PATTERN =
	/magnet:\?[^\s"'<>`{}|\\^\]]*(?:\\u0026[^\s"'<>`{}|\\^\]]*|\\\/[^\s"'<>`{}|\\^\]]*)*/gi;
const ENCODED_MAGNET_PATTERN = /magnet%3A%3F[^\s"'<>&]*/gi;

const EMPTY: PageHarvest = { magnets: [], torrentLinks: [], title: null };

function magnetsInText(text: string): Magnet[] {
	const found = new Map<string, Magnet>();
	const add = (candidate: string) => {
		if (found.size >= MAX_MAGNETS) return;
		const magnet = parseMagnet(candidate);
		if (!magnet) return;
		const key = magnet.infohash ?? magnet.btmh ?? '';
		const known = found.get(key);
		if (!known || (!known.name && magnet.name) || known.trackers.length < magnet.trackers.length) {
			found.set(key, magnet);
		}
	};
	for (const match of text.matchAll(MAGNET_PATTERN)) add(match[0]);
	for (const match of text.matchAll(ENCODED_MAGNET_PATTERN)) add(match[0]);
	return [...found.values()];
}

function absolute(href: string, base: string): string | null {
	try {
		const url = new URL(href, base);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

function looksLikeTorrentFile(url: string): boolean {
	try {
		return /\.torrent$/i.test(new URL(url).pathname);
	} catch {
		return false;
	}
}

function torrentLinks($: cheerio.CheerioAPI, pageUrl: string): TorrentLink[] {
	const base = absolute($('base[href]').attr('href') ?? '', pageUrl) ?? pageUrl;
	const links = new Map<string, TorrentLink>();
	$('a[href]').each((_, element) => {
		if (links.size >= MAX_TORRENT_LINKS) return false;
		const url = absolute($(element).attr('href') ?? '', base);
		if (!url || links.has(url) || !looksLikeTorrentFile(url)) return;
		const title = new URL(url).searchParams.get('title');
		const text = $(element).text().trim();
		links.set(url, { url, infohash: infohashFromTorrentUrl(url), name: title || text || null });
	});
	return [...links.values()];
}

/** Reads one fetched page. Pages with no trace of a magnet or .torrent are not parsed at all. */
export function extractFromPage(body: string, pageUrl: string): PageHarvest {
	const lower = body.toLowerCase();
	const hasMagnet = lower.includes('magnet:') || lower.includes('magnet%3a');
	const hasTorrentLink = lower.includes('.torrent');
	if (!hasMagnet && !hasTorrentLink) return EMPTY;

	const magnets = hasMagnet ? magnetsInText(body) : [];
	if (!hasTorrentLink && body.trimStart().startsWith('{')) return { magnets, torrentLinks: [], title: null };

	const $ = cheerio.load(body);
	const title = $('title').first().text().trim() || $('h1').first().text().trim() || null;
	return { magnets, torrentLinks: hasTorrentLink ? torrentLinks($, pageUrl) : [], title };
}

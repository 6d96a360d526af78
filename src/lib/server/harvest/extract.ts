// Finds magnets on a page wherever real sites put them (href, entity-encoded, JS strings, data-*
// attributes, textarea, JSON, escaped <pre>) and the .torrent links worth decoding.
// Pages are read with htmlparser2's streaming parser rather than a cheerio DOM: on a 650 KB torrent
// page the DOM costs about 20 MiB and the stream almost nothing, and a search reads dozens of pages.
import { Parser } from 'htmlparser2';
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
/** A title names a result: as long as a magnet's name may be, not as long as a hostile page. */
const MAX_TITLE_LENGTH = 1024;

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
	// Stop scanning once full: a page of a hundred thousand magnets is not read to its end.
	for (const match of text.matchAll(MAGNET_PATTERN)) {
		if (found.size >= MAX_MAGNETS) break;
		add(match[0]);
	}
	for (const match of text.matchAll(ENCODED_MAGNET_PATTERN)) {
		if (found.size >= MAX_MAGNETS) break;
		add(match[0]);
	}
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

/** Whether a URL's path names a .torrent file. */
export function looksLikeTorrentFile(url: string): boolean {
	try {
		return /\.torrent$/i.test(new URL(url).pathname);
	} catch {
		return false;
	}
}

/**
 * htmlparser2 keeps the open elements in arrays it grows at the front (`unshift`), so a page of a million
 * unclosed tags costs quadratic time (a 2 MB page of `<div>` held the event loop for 24 s). The scan needs
 * no ancestry: after each tag the parser keeps only the innermost elements. (Private fields: the hostile
 * pages test times exactly this case and fails if a new htmlparser2 renames them.)
 */
const MAX_OPEN_ELEMENTS = 256;

function boundNesting(parser: Parser): void {
	const internals = parser as unknown as { stack?: unknown; foreignContext?: unknown };
	for (const open of [internals.stack, internals.foreignContext]) {
		if (Array.isArray(open) && open.length > MAX_OPEN_ELEMENTS) open.length = MAX_OPEN_ELEMENTS;
	}
}

interface LinkScan {
	torrentLinks: TorrentLink[];
	title: string | null;
}

/** One pass over the markup: `<base>`, `<title>` and every `<a href>` that ends in `.torrent`. */
function scanLinks(body: string, pageUrl: string): LinkScan {
	let base = pageUrl;
	let title = '';
	let inTitle = false;
	let anchor: { url: string; text: string } | null = null;
	const links = new Map<string, TorrentLink>();

	const closeAnchor = () => {
		if (!anchor || links.has(anchor.url) || links.size >= MAX_TORRENT_LINKS) return;
		const named = new URL(anchor.url).searchParams.get('title');
		const text = anchor.text.replace(/\s+/g, ' ').trim();
		links.set(anchor.url, {
			url: anchor.url,
			infohash: infohashFromTorrentUrl(anchor.url),
			name: (named || text).slice(0, MAX_TITLE_LENGTH) || null
		});
	};
	const parser = new Parser({
		onopentag(name, attributes) {
			boundNesting(parser);
			if (name === 'base' && attributes.href && base === pageUrl)
				base = absolute(attributes.href, pageUrl) ?? pageUrl;
			else if (name === 'title') inTitle = true;
			else if (name === 'a') {
				closeAnchor();
				// Once full, no more URL parsing: a page of a hundred thousand anchors would hold the loop.
				if (links.size >= MAX_TORRENT_LINKS) {
					anchor = null;
					return;
				}
				const url = attributes.href ? absolute(attributes.href, base) : null;
				anchor = url && looksLikeTorrentFile(url) ? { url, text: '' } : null;
			}
		},
		ontext(text) {
			if (inTitle && title.length < MAX_TITLE_LENGTH * 2) title += text;
			if (anchor && anchor.text.length < 300) anchor.text += text.slice(0, 300);
		},
		onclosetag(name) {
			if (name === 'title') inTitle = false;
			else if (name === 'a') {
				closeAnchor();
				anchor = null;
			}
		}
	});
	parser.end(body);
	const named = title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_LENGTH).trim();
	return { torrentLinks: [...links.values()], title: named || null };
}

/** Reads one fetched page. Pages with no trace of a magnet or .torrent are not parsed at all. */
export function extractFromPage(body: string, pageUrl: string): PageHarvest {
	const hasMagnet = /magnet(?::|%3a)/i.test(body);
	const hasTorrentLink = /\.torrent/i.test(body);
	if (!hasMagnet && !hasTorrentLink) return EMPTY;

	const magnets = hasMagnet ? magnetsInText(body) : [];
	if (body.trimStart().startsWith('{')) return { magnets, torrentLinks: [], title: null };
	return { magnets, ...scanLinks(body, pageUrl) };
}

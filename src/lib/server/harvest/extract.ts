// Finds magnets on a page wherever real sites put them (href, entity-encoded, JS strings, data-*
// attributes, textarea, JSON, escaped <pre>) and the .torrent links worth decoding, reading the page in
// pieces as it arrives: no whole page is ever held. Pages are read with htmlparser2's streaming parser
// rather than a cheerio DOM: on a 650 KB torrent page the DOM costs about 20 MiB and the stream almost
// nothing, and a search reads dozens of pages.
import type { Parser } from 'htmlparser2';
import { streamingParser } from '#lib/server/markup.ts';
import { infohashFromTorrentUrl, type Magnet } from '#lib/server/magnet/magnet.ts';
import { MagnetScan } from './magnet-scan.ts';

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

const MAX_TORRENT_LINKS = 50;
/** A title names a result: as long as a magnet's name may be, not as long as a hostile page. */
const MAX_TITLE_LENGTH = 1024;
/** Characters of a .torrent link's text kept for its name. */
const MAX_LINK_TEXT = 300;

const EMPTY: PageHarvest = { magnets: [], torrentLinks: [], title: null };

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
 * no ancestry: after each tag the parser keeps only the innermost elements. (Private fields: renovate.json
 * pins htmlparser2, and extract.test.ts fails if a new version renames them.)
 */
const MAX_OPEN_ELEMENTS = 256;

export function boundNesting(parser: Parser): void {
	const internals = parser as unknown as { stack?: unknown; foreignContext?: unknown };
	for (const open of [internals.stack, internals.foreignContext]) {
		if (Array.isArray(open) && open.length > MAX_OPEN_ELEMENTS) open.length = MAX_OPEN_ELEMENTS;
	}
}

interface LinkScan {
	torrentLinks: TorrentLink[];
	title: string | null;
}

/** Whitespace runs as one space; applied piece by piece, the same as applied once to the whole. */
const collapse = (text: string) => text.replace(/\s+/g, ' ');

/**
 * One pass over the markup, fed in pieces: `<base>`, `<title>` and every `<a href>` that ends in .torrent.
 * What it keeps of a title or a link's text does not depend on where the pieces were cut.
 */
function linkScan(pageUrl: string): { write(piece: string): void; end(): LinkScan } {
	let base = pageUrl;
	// Collapsed as it comes, and no longer than what can still change the title it ends as.
	let title = '';
	let inTitle = false;
	let anchor: { url: string; text: string } | null = null;
	const links = new Map<string, TorrentLink>();

	const closeAnchor = () => {
		if (!anchor || links.has(anchor.url) || links.size >= MAX_TORRENT_LINKS) return;
		const named = new URL(anchor.url).searchParams.get('title');
		const text = collapse(anchor.text).trim();
		links.set(anchor.url, {
			url: anchor.url,
			infohash: infohashFromTorrentUrl(anchor.url),
			name: (named || text).slice(0, MAX_TITLE_LENGTH) || null
		});
	};
	const parser = streamingParser({
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
			// Two more than the title's length: a leading and a trailing space, trimmed at the end.
			if (inTitle && title.length < MAX_TITLE_LENGTH + 2)
				title = collapse(title + text).slice(0, MAX_TITLE_LENGTH + 2);
			if (anchor && anchor.text.length < MAX_LINK_TEXT)
				anchor.text = (anchor.text + text.slice(0, MAX_LINK_TEXT)).slice(0, MAX_LINK_TEXT);
		},
		onclosetag(name) {
			if (name === 'title') inTitle = false;
			else if (name === 'a') {
				closeAnchor();
				anchor = null;
			}
		}
	});
	return {
		write: (piece) => parser.write(piece),
		end() {
			parser.end();
			const named = title.trim().slice(0, MAX_TITLE_LENGTH).trim();
			return { torrentLinks: [...links.values()], title: named || null };
		}
	};
}

/** Reads a page piece by piece: `write` each piece as it arrives, then `end` for what the page holds. */
export interface PageExtractor {
	write(piece: string): void;
	end(): PageHarvest;
}

// Signs of what a page may hold, and the longest of them: so many characters of a piece's end are kept
// to find a sign cut in two by the next piece.
const MAGNET_TRACE = /magnet(?::|%3a)/i;
const TORRENT_TRACE = /\.torrent/i;
const LONGEST_TRACE = 'magnet%3a'.length;

/**
 * Markup held back unparsed while no trace of a magnet or .torrent has shown: most pages that end without
 * one (anything but a torrent page) are then never parsed, which costs ten times the rest of their
 * reading. Past this many characters the page is parsed as it comes. Torrent pages show a trace early.
 */
const UNPARSED_HOLD = 128 * 1024;

/**
 * Starts reading a page. Pages with no trace of a magnet or .torrent harvest nothing (and no title);
 * JSON answers (the first character is `{`) are read for magnets only.
 */
export function pageExtractor(pageUrl: string): PageExtractor {
	const magnets = new MagnetScan();
	const links = linkScan(pageUrl);
	let json: boolean | undefined;
	let hasMagnet = false;
	let hasTorrentLink = false;
	let traceTail = '';
	let held: string[] | null = [];
	let heldLength = 0;

	const parse = (piece: string) => {
		if (held !== null) {
			held.push(piece);
			heldLength += piece.length;
			if (!hasMagnet && !hasTorrentLink && heldLength <= UNPARSED_HOLD) return;
			for (const markup of held) links.write(markup);
			held = null;
		} else links.write(piece);
	};

	return {
		write(piece) {
			if (!hasMagnet || !hasTorrentLink) {
				// The seam apart from the piece: joining them would copy every piece of a page without either.
				const seam = traceTail + piece.slice(0, LONGEST_TRACE - 1);
				hasMagnet ||= MAGNET_TRACE.test(seam) || MAGNET_TRACE.test(piece);
				hasTorrentLink ||= TORRENT_TRACE.test(seam) || TORRENT_TRACE.test(piece);
				const kept = LONGEST_TRACE - 1;
				traceTail = piece.length >= kept ? piece.slice(-kept) : (traceTail + piece).slice(-kept);
			}
			magnets.write(piece);
			if (json === undefined) {
				const start = piece.trimStart();
				if (start === '') return;
				json = start.startsWith('{');
			}
			if (!json) parse(piece);
		},
		end() {
			const found = magnets.end();
			if (!hasMagnet && !hasTorrentLink) return EMPTY;
			if (json) return { magnets: found, torrentLinks: [], title: null };
			return { magnets: found, ...links.end() };
		}
	};
}

/** Reads one page held whole. */
export function extractFromPage(body: string, pageUrl: string): PageHarvest {
	const extractor = pageExtractor(pageUrl);
	extractor.write(body);
	return extractor.end();
}

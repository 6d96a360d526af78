// Torznab XML for Sonarr, Radarr and Prowlarr: the capabilities document, result feeds (RSS 2.0 with the
// torznab namespace) and errors. Every value is escaped here; nothing else writes XML.
import type { Result } from '#lib/search-events.ts';
import { CATEGORIES, releaseCategories, SUB_CATEGORY_NAMES } from './torznab-categories.ts';
import { MAX_LIMIT } from './torznab-request.ts';

export const TORZNAB_NS = 'http://torznab.com/schemas/2015/feed';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Escapes text and attribute values, and drops characters XML 1.0 cannot carry at all. */
export function escapeXml(value: string | number): string {
	return String(value)
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

function element(
	name: string,
	text: string | number,
	attributes: Record<string, string | number> = {}
): string {
	return `<${name}${attrs(attributes)}>${escapeXml(text)}</${name}>`;
}

function attrs(attributes: Record<string, string | number>): string {
	return Object.entries(attributes)
		.map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
		.join('');
}

export function torznabError(code: number, description: string): string {
	return `${XML_DECLARATION}<error${attrs({ code, description })}/>\n`;
}

export function torznabCaps(version: string, origin: string): string {
	const category = (parent: (typeof CATEGORIES)[keyof typeof CATEGORIES]) => {
		const subs = parent.subs
			? Object.entries(parent.subs).map(
					([tier, id]) =>
						`      <subcat${attrs({ id, name: `${parent.name}/${SUB_CATEGORY_NAMES[tier as keyof typeof SUB_CATEGORY_NAMES]}` })}/>\n`
				)
			: [];
		return subs.length
			? `    <category${attrs({ id: parent.id, name: parent.name })}>\n${subs.join('')}    </category>\n`
			: `    <category${attrs({ id: parent.id, name: parent.name })}/>\n`;
	};
	return (
		XML_DECLARATION +
		'<caps>\n' +
		`  <server${attrs({ version, title: 'cf-torrent', strapline: 'Magnet links from web search engines and torrent indexes', url: `${origin}/` })}/>\n` +
		`  <limits${attrs({ max: MAX_LIMIT, default: MAX_LIMIT })}/>\n` +
		'  <searching>\n' +
		'    <search available="yes" supportedParams="q"/>\n' +
		'    <tv-search available="yes" supportedParams="q,season,ep,imdbid"/>\n' +
		'    <movie-search available="yes" supportedParams="q,imdbid"/>\n' +
		'    <music-search available="no" supportedParams="q"/>\n' +
		'    <audio-search available="no" supportedParams="q"/>\n' +
		'    <book-search available="no" supportedParams="q"/>\n' +
		'  </searching>\n' +
		'  <categories>\n' +
		category(CATEGORIES.movies) +
		category(CATEGORIES.tv) +
		category(CATEGORIES.other) +
		'  </categories>\n' +
		'</caps>\n'
	);
}

/** A result as a feed item: what Sonarr, Radarr and Prowlarr read from it. */
export interface TorznabItem {
	result: Result;
	categories: number[];
	/** When the item was published, if the source said; otherwise when this server found it. */
	date: Date;
}

export function toTorznabItems(results: Result[], kind: 'tv' | 'movie' | null, date: Date): TorznabItem[] {
	// v2-only torrents have no v1 infohash, which is what download clients and the *arrs track.
	return results
		.filter((result) => /^[0-9a-f]{40}$/.test(result.infohash))
		.map((result) => ({ result, categories: releaseCategories(result.release ?? null, kind), date }));
}

/**
 * Whether an item is in the requested categories: a parent asks for all its subcategories; a
 * subcategory also takes items of its parent whose quality is unknown (they may well be that quality).
 */
export function inCategories(item: TorznabItem, requested: number[] | null): boolean {
	if (!requested) return true;
	const [parent, sub] = item.categories;
	return requested.some((wanted) =>
		wanted % 1000 === 0
			? wanted === parent
			: wanted === sub || (sub === undefined && wanted - (wanted % 1000) === parent)
	);
}

function itemXml({ result, categories, date }: TorznabItem): string {
	const title = result.name ?? result.infohash;
	const peers = result.seeders !== null ? result.seeders + (result.leechers ?? 0) : null;
	const page = result.sources.find((source) => source.page)?.page ?? null;
	const engines = [...new Set(result.sources.map((source) => source.engine))].join(', ');
	const attr = (name: string, value: string | number) => `      <torznab:attr${attrs({ name, value })}/>\n`;
	return (
		'    <item>\n' +
		`      ${element('title', title)}\n` +
		`      ${element('guid', result.infohash, { isPermaLink: 'false' })}\n` +
		`      ${element('link', result.magnet)}\n` +
		(page ? `      ${element('comments', page)}\n` : '') +
		`      ${element('pubDate', date.toUTCString())}\n` +
		(result.size !== null ? `      ${element('size', result.size)}\n` : '') +
		`      ${element('description', `found by ${engines}`)}\n` +
		`      <enclosure${attrs({ url: result.magnet, length: result.size ?? 0, type: 'application/x-bittorrent' })}/>\n` +
		categories.map((id) => `      ${element('category', id)}\n`).join('') +
		categories.map((id) => attr('category', id)).join('') +
		(result.size !== null ? attr('size', result.size) : '') +
		(result.seeders !== null ? attr('seeders', result.seeders) : '') +
		(peers !== null ? attr('peers', peers) : '') +
		(result.files !== null ? attr('files', result.files.length) : '') +
		attr('infohash', result.infohash) +
		attr('magneturl', result.magnet) +
		attr('downloadvolumefactor', 1) +
		attr('uploadvolumefactor', 1) +
		'    </item>\n'
	);
}

export interface FeedChannel {
	origin: string;
	/** The request's own URL, for the feed's self link. */
	self: string;
	description: string;
}

export function torznabFeed(items: TorznabItem[], channel: FeedChannel): string {
	return (
		XML_DECLARATION +
		`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:torznab="${TORZNAB_NS}">\n` +
		'  <channel>\n' +
		`    <atom:link${attrs({ href: channel.self, rel: 'self', type: 'application/rss+xml' })}/>\n` +
		`    ${element('title', 'cf-torrent')}\n` +
		`    ${element('description', channel.description)}\n` +
		`    ${element('link', `${channel.origin}/`)}\n` +
		'    <language>en-us</language>\n' +
		items.map(itemXml).join('') +
		'  </channel>\n' +
		'</rss>\n'
	);
}

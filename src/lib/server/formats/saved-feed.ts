// A saved search as RSS 2.0, for torrent clients' RSS downloaders (qBittorrent, Transmission scripts) and
// the *arr "Torrent RSS" indexers: per result a guid that is its infohash, the date this server first saw
// it, an enclosure carrying the magnet, and the counts in the words and torznab attributes those readers
// look for. Escaping is torznab.ts's: one XML writer's rules for the whole app.
import type { Result } from '#lib/search-events.ts';
import { escapeXml, TORZNAB_NS } from './torznab.ts';

export interface FeedItem {
	result: Result;
	/** When this server first saw the result for this search. */
	firstSeen: Date;
}

export interface SavedFeedChannel {
	title: string;
	/** The feed's own URL (it carries the token: it is only ever shown to its owner's reader). */
	self: string;
	/** The results page of the saved search. */
	link: string;
}

function tag(name: string, text: string | number, attributes: Record<string, string | number> = {}): string {
	return `<${name}${attrs(attributes)}>${escapeXml(text)}</${name}>`;
}

function attrs(attributes: Record<string, string | number>): string {
	return Object.entries(attributes)
		.map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
		.join('');
}

/**
 * Sonarr's Torrent RSS reads seeders and peers from the description when the feed has no elements it
 * was told about ("Seeders: N", "Peers: N"), and a size from the enclosure's length: so both are written.
 */
function description(result: Result): string {
	const words: string[] = [];
	if (result.seeders !== null) words.push(`Seeders: ${result.seeders}`);
	if (result.leechers !== null) words.push(`Leechers: ${result.leechers}`);
	if (result.seeders !== null) words.push(`Peers: ${result.seeders + (result.leechers ?? 0)}`);
	const engines = [...new Set(result.sources.map((source) => source.engine))];
	if (engines.length > 0) words.push(`found by ${engines.join(', ')}`);
	return words.join(' · ');
}

function item({ result, firstSeen }: FeedItem): string {
	const page = result.sources.find((source) => source.page)?.page ?? null;
	const attr = (name: string, value: string | number) => `      <torznab:attr${attrs({ name, value })}/>\n`;
	return (
		'    <item>\n' +
		`      ${tag('title', result.name ?? result.infohash)}\n` +
		`      ${tag('guid', result.infohash, { isPermaLink: 'false' })}\n` +
		`      ${tag('link', result.magnet)}\n` +
		(page ? `      ${tag('comments', page)}\n` : '') +
		`      ${tag('pubDate', firstSeen.toUTCString())}\n` +
		(result.size !== null ? `      ${tag('size', result.size)}\n` : '') +
		`      ${tag('description', description(result))}\n` +
		`      <enclosure${attrs({ url: result.magnet, length: result.size ?? 0, type: 'application/x-bittorrent' })}/>\n` +
		(result.size !== null ? attr('size', result.size) : '') +
		(result.seeders !== null ? attr('seeders', result.seeders) : '') +
		(result.seeders !== null ? attr('peers', result.seeders + (result.leechers ?? 0)) : '') +
		attr('infohash', result.infohash) +
		attr('magneturl', result.magnet) +
		'    </item>\n'
	);
}

/**
 * The feed, newest first (readers that stop at the first item they know then miss nothing). No
 * lastBuildDate: qBittorrent skips a feed whose lastBuildDate is unchanged, and one in whole seconds does
 * not change when a release arrives within the second of the last poll.
 */
export function savedSearchFeed(items: FeedItem[], channel: SavedFeedChannel): string {
	const sorted = [...items].sort((a, b) => b.firstSeen.getTime() - a.firstSeen.getTime());
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:torznab="${TORZNAB_NS}">\n` +
		'  <channel>\n' +
		`    <atom:link${attrs({ href: channel.self, rel: 'self', type: 'application/rss+xml' })}/>\n` +
		`    ${tag('title', `${channel.title} — cf-torrent`)}\n` +
		`    ${tag('description', `What cf-torrent finds for a saved search: ${channel.title}`)}\n` +
		`    ${tag('link', channel.link)}\n` +
		sorted.map(item).join('') +
		'  </channel>\n' +
		'</rss>\n'
	);
}

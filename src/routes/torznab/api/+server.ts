// GET /torznab/api: the Torznab indexer API (base URL /torznab, API path /api) for Sonarr, Radarr and
// Prowlarr: capabilities, searches by text, episode or IMDb id, and for bare requests the latest releases.
import { createHash, timingSafeEqual } from 'node:crypto';
import { version } from '$app/env';
import { config } from '#lib/server/config.ts';
import {
	inCategories,
	toTorznabItems,
	torznabCaps,
	torznabError,
	torznabFeed,
	type TorznabItem
} from '#lib/server/formats/torznab.ts';
import { recentItems, rememberRecent } from '#lib/server/formats/torznab-recent.ts';
import {
	fitsRequestedEpisode,
	parseTorznabRequest,
	requestKind,
	torznabSearchText
} from '#lib/server/formats/torznab-request.ts';
import { latestReleases } from '#lib/server/search/latest-releases.ts';
import { collectSearch } from '#lib/server/search/collect.ts';
import { collectTitleSearch } from '#lib/server/search/title-search.ts';
import { lookupTitle } from '#lib/server/titles/lookup-title.ts';
import { publicOrigin } from '#lib/server/http/public-origin.ts';

const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';

// Errors go out with HTTP 200: Sonarr and Radarr throw on any 4xx before their Torznab parser reads the
// body (NzbDrone.Common/Http/HttpClient.cs), so the user would see a bare "HTTP request failed"; with 200
// the parser turns code 100-199 into "Invalid API Key" and any other into "Torznab error detected:
// <description>". Prowlarr reads the body either way.
function error(code: number, description: string): Response {
	return new Response(torznabError(code, description), {
		status: 200,
		headers: { 'content-type': XML, 'cache-control': 'no-store' }
	});
}

function sameKey(given: string | null, expected: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text).digest();
	return given !== null && timingSafeEqual(digest(given), digest(expected));
}

function withoutRepeats(items: TorznabItem[]): TorznabItem[] {
	const seen = new Set<string>();
	return items.filter((item) => !seen.has(item.result.infohash) && seen.add(item.result.infohash));
}

export async function GET({ url, request }) {
	const key = config.torznabApiKey;
	if (key && url.searchParams.get('t') !== 'caps' && !sameKey(url.searchParams.get('apikey'), key)) {
		return error(
			100,
			url.searchParams.has('apikey') ? 'Incorrect user credentials' : 'Missing parameter (apikey)'
		);
	}
	const parsed = parseTorznabRequest(url.searchParams);
	if (!parsed.ok) return error(parsed.error.code, parsed.error.description);
	const torznab = parsed.value;
	if (torznab.t === 'caps') {
		return new Response(torznabCaps(version, publicOrigin(url)), {
			headers: { 'content-type': XML, 'cache-control': 'max-age=3600' }
		});
	}

	const kind = requestKind(torznab);
	const title =
		torznab.imdbId && !torznab.q && kind
			? await lookupTitle(kind === 'tv' ? 'series' : 'movie', torznab.imdbId, { signal: request.signal })
			: null;
	const text = torznabSearchText(torznab, title);
	let items: TorznabItem[];
	let description: string;
	if (kind && torznab.imdbId && (text !== null || !title)) {
		// by the id where an engine takes one, by the title's text elsewhere (none when nobody names it)
		const results = await collectTitleSearch({
			texts: text === null ? [] : [text],
			imdbId: torznab.imdbId,
			type: kind === 'tv' ? 'series' : 'movie',
			signal: request.signal
		});
		items = toTorznabItems(
			results.filter((result) => fitsRequestedEpisode(result.release, torznab)),
			kind,
			new Date()
		);
		await rememberRecent(items);
		description = text === null ? `Results for ${torznab.imdbId}` : `Results for ${text}`;
	} else if (text !== null) {
		const summary = await collectSearch(text, { signal: request.signal });
		items = toTorznabItems(
			summary.results.filter((result) => fitsRequestedEpisode(result.release, torznab)),
			kind,
			new Date()
		);
		await rememberRecent(items);
		description = `Results for ${text}`;
	} else {
		// nothing to search: the indexes' latest releases, then what recent searches here found
		const latest = await latestReleases(kind, { signal: request.signal });
		const now = new Date();
		const listed = toTorznabItems(latest.results, kind, now).map((item) => {
			const published = latest.published.get(item.result.infohash);
			// an upload time in the future is a wrong clock somewhere: the item is dated now
			return published && published < now.getTime() ? { ...item, date: new Date(published) } : item;
		});
		listed.sort((a, b) => b.date.getTime() - a.date.getTime());
		items = withoutRepeats([...listed, ...(await recentItems())]);
		description = 'Latest releases on the indexes and recent searches on this server';
	}
	const wanted = items.filter((item) => inCategories(item, torznab.categories));
	const page = wanted.slice(torznab.offset, torznab.offset + torznab.limit);
	const self = new URL(url);
	self.searchParams.delete('apikey');
	return new Response(
		torznabFeed(page, {
			origin: publicOrigin(url),
			self: self.href.replace(url.origin, publicOrigin(url)),
			description
		}),
		{
			headers: { 'content-type': RSS, 'cache-control': 'no-store' }
		}
	);
}

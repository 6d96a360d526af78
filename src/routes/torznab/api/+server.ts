// GET /torznab/api: the Torznab indexer API (base URL /torznab, API path /api) for Sonarr, Radarr and
// Prowlarr: capabilities, searches by text, episode or IMDb id, and a quick recent feed for bare requests.
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
import { parseTorznabRequest, requestKind, torznabSearchText } from '#lib/server/formats/torznab-request.ts';
import { collectSearch } from '#lib/server/search/collect.ts';
import { lookupTitle } from '#lib/server/titles/lookup-title.ts';
import { publicOrigin } from '#lib/server/http/public-origin.ts';

const XML = 'application/xml; charset=utf-8';
const RSS = 'application/rss+xml; charset=utf-8';

// Jackett's statuses, which Sonarr, Radarr and Prowlarr already handle: 401 for credentials, 400 else.
function error(code: number, description: string): Response {
	return new Response(torznabError(code, description), {
		status: code < 200 ? 401 : 400,
		headers: { 'content-type': XML, 'cache-control': 'no-store' }
	});
}

function sameKey(given: string | null, expected: string): boolean {
	const digest = (text: string) => createHash('sha256').update(text).digest();
	return given !== null && timingSafeEqual(digest(given), digest(expected));
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
	if (text !== null) {
		const summary = await collectSearch(text, { signal: request.signal });
		items = toTorznabItems(summary.results, kind, new Date());
		await rememberRecent(items);
		description = `Results for ${text}`;
	} else if (kind && torznab.imdbId && !title) {
		items = [];
		description = `No title is known for ${torznab.imdbId}`;
	} else {
		items = await recentItems();
		description = 'Recent results of searches on this server';
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

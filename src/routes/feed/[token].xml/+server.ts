// GET /feed/<token>.xml: a saved search's RSS 2.0 feed, for a torrent client's RSS downloader or an *arr
// "Torrent RSS" indexer. The token is the credential (a reader sends no cookie and no Origin); an unknown
// token, or one revoked by a rename or a delete, is 404. Each poll asks the search core, which answers
// from the state store within CACHE_TTL_SECONDS, and records what it found as seen.
import { text } from '@sveltejs/kit';
import { savedSearchFeed } from '#lib/server/formats/saved-feed.ts';
import { publicOrigin } from '#lib/server/http/public-origin.ts';
import { refreshSaved } from '#lib/server/saved/refresh.ts';
import { savedSearchAddress } from '#lib/server/saved/saved-address.ts';
import { savedByToken } from '#lib/server/saved/saved-searches.ts';
import { feedUrl } from '#lib/server/saved/saved-list.ts';

const NO_STORE = { 'cache-control': 'no-store' };

export async function GET({ params, url, request }) {
	// Tokens are 43 base64url characters: anything else is not worth a look-up.
	const found = /^[A-Za-z0-9_-]{43}$/.test(params.token) ? await savedByToken(params.token) : undefined;
	if (!found)
		return text('no saved search has this feed (it may have been renamed or deleted)', {
			status: 404,
			headers: NO_STORE
		});
	const refreshed = await refreshSaved(found.saved, request.signal);
	if (!refreshed.ok)
		return text(`this saved search cannot run: ${refreshed.error}`, { status: 503, headers: NO_STORE });
	const body = savedSearchFeed(refreshed.value, {
		title: found.saved.name,
		self: feedUrl(found.saved.token, url),
		link: `${publicOrigin(url)}${savedSearchAddress(found.saved)}`
	});
	return new Response(body, {
		headers: { 'content-type': 'application/rss+xml; charset=utf-8', ...NO_STORE }
	});
}

// GET /api/search/stream?q=Q[&engines=a,b][&res=…&exclude=…]: the search as NDJSON, one event per line,
// sent as it happens; results the preferences leave out are not sent. Order is the reader's to make (the
// page ranks with the same function as the other faces), so `sort` changes nothing here, and `perres`
// caps how many results of each resolution are sent: the first that arrive, as a stream cannot take back.
import { json } from '@sveltejs/kit';
import { parsePreferences } from '#lib/preference-parser.ts';
import { isWanted, resolutionKey } from '#lib/ranking.ts';
import { parseSearchParams } from '#lib/server/search/params.ts';
import type { SearchEvent } from '#lib/search-events.ts';
import { search } from '#lib/server/search/search.ts';

export function GET({ url, request }) {
	const params = parseSearchParams(url.searchParams);
	if (!params.ok) return json({ error: params.error }, { status: 400 });
	const parsedPreferences = parsePreferences(url.searchParams);
	if (!parsedPreferences.ok) return json({ error: parsedPreferences.error }, { status: 400 });
	const preferences = parsedPreferences.value;
	const { query, engines } = params.value;

	const events = search(query, { engines, signal: request.signal });
	const sent = new Set<string>();
	const perResolution = new Map<string, number>();
	/** Whether a result event goes out: wanted, and within `perres` (a result once sent is sent again). */
	function passes(event: SearchEvent): boolean {
		if (event.type !== 'result' || sent.has(event.infohash)) return true;
		if (!isWanted(event, preferences)) return false;
		if (preferences.perres !== null) {
			const key = resolutionKey(event);
			const count = perResolution.get(key) ?? 0;
			if (count >= preferences.perres) return false;
			perResolution.set(key, count + 1);
		}
		sent.add(event.infohash);
		return true;
	}
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			for (;;) {
				const next = await events.next();
				if (next.done) return controller.close();
				if (!passes(next.value)) continue;
				controller.enqueue(encoder.encode(JSON.stringify(next.value) + '\n'));
				return;
			}
		},
		async cancel() {
			await events.return(undefined);
		}
	});
	return new Response(body, {
		headers: {
			'content-type': 'application/x-ndjson; charset=utf-8',
			'cache-control': 'no-store',
			// Proxies such as nginx would otherwise hold events back until the search ends.
			'x-accel-buffering': 'no'
		}
	});
}

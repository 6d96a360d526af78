// GET /api/search/stream?q=Q[&engines=a,b]: the search as NDJSON, one event per line, sent as it happens.
import { json } from '@sveltejs/kit';
import { parseSearchParams } from '#lib/server/search/params.ts';
import { search } from '#lib/server/search/search.ts';

export function GET({ url, request }) {
	const params = parseSearchParams(url.searchParams);
	if (!params.ok) return json({ error: params.error }, { status: 400 });
	const { query, engines } = params.value;

	const events = search(query, { engines, signal: request.signal });
	const encoder = new TextEncoder();
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			const next = await events.next();
			if (next.done) controller.close();
			else controller.enqueue(encoder.encode(JSON.stringify(next.value) + '\n'));
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

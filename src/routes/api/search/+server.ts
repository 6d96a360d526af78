// GET /api/search?q=Q[&engines=a,b]: the whole search as one JSON answer.
import { json } from '@sveltejs/kit';
import { collectSearch } from '#lib/server/search/collect.ts';
import { parseSearchParams } from '#lib/server/search/params.ts';

export async function GET({ url, request }) {
	const params = parseSearchParams(url.searchParams);
	if (!params.ok) return json({ error: params.error }, { status: 400 });
	const { query, engines } = params.value;
	return json(await collectSearch(query, { engines, signal: request.signal }), {
		headers: { 'cache-control': 'no-store' }
	});
}

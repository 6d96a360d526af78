// GET /api/search?q=Q[&engines=a,b][&res=…&exclude=…&sort=…]: the whole search as one JSON answer,
// filtered and ranked by the preferences.
import { json } from '@sveltejs/kit';
import { parsePreferences } from '#lib/preference-parser.ts';
import { collectSearch } from '#lib/server/search/collect.ts';
import { parseSearchParams } from '#lib/server/search/params.ts';

export async function GET({ url, request }) {
	const params = parseSearchParams(url.searchParams);
	if (!params.ok) return json({ error: params.error }, { status: 400 });
	const preferences = parsePreferences(url.searchParams);
	if (!preferences.ok) return json({ error: preferences.error }, { status: 400 });
	const { query, engines } = params.value;
	return json(
		await collectSearch(query, { engines, signal: request.signal, preferences: preferences.value }),
		{ headers: { 'cache-control': 'no-store' } }
	);
}

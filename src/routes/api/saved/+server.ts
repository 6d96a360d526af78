// GET /api/saved: the saved searches of the request's user (or the shared list), with their feeds and
// how many results are new since they were last looked at. POST /api/saved {"q", "engines"?, …preferences,
// "name"?}: saves one → 201 {id, q, feed}; the same search saved again answers the one already kept.
import { json } from '@sveltejs/kit';
import { authorizeChange } from '#lib/server/http/authorize-change.ts';
import { readJsonBody } from '#lib/server/http/json-body.ts';
import { feedUrl, savedList } from '#lib/server/saved/saved-list.ts';
import { parseSaveRequest, SAVE_USAGE } from '#lib/server/saved/saved-request.ts';
import { saveSearch } from '#lib/server/saved/saved-searches.ts';

const NO_STORE = { 'cache-control': 'no-store' };

export async function GET(event) {
	const owner = authorizeChange(event);
	if (!owner.ok) return json({ error: owner.error }, { status: 403, headers: NO_STORE });
	return json(await savedList(owner.value.user, event.url), { headers: NO_STORE });
}

export async function POST(event) {
	const owner = authorizeChange(event);
	if (!owner.ok) return json({ error: owner.error }, { status: 403, headers: NO_STORE });
	const body = await readJsonBody(event.request, SAVE_USAGE);
	if (!body.ok) return json({ error: body.error }, { status: 400, headers: NO_STORE });
	const search = parseSaveRequest(body.value);
	if (!search.ok) return json({ error: search.error }, { status: 400, headers: NO_STORE });
	const saved = await saveSearch(owner.value.user, search.value);
	if (!saved.ok) return json({ error: saved.error }, { status: 409, headers: NO_STORE });
	const { id, name, q } = saved.value;
	return json(
		{ id, q, name, feed: feedUrl(saved.value.token, event.url) },
		{ status: 201, headers: NO_STORE }
	);
}

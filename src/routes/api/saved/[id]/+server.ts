// DELETE /api/saved/<id>: forgets a saved search and revokes its feed → 204. PATCH /api/saved/<id>
// {"name"}: renames it and gives it a new feed URL (the old one stops working) → 200 {id, name, feed}.
import { json } from '@sveltejs/kit';
import { authorizeChange } from '#lib/server/http/authorize-change.ts';
import { readJsonBody } from '#lib/server/http/json-body.ts';
import { feedUrl } from '#lib/server/saved/saved-list.ts';
import { parseRenameRequest } from '#lib/server/saved/saved-request.ts';
import { deleteSaved, renameSaved } from '#lib/server/saved/saved-searches.ts';

const NO_STORE = { 'cache-control': 'no-store' };
const NOT_FOUND = { error: 'no saved search has that id' };

export async function DELETE(event) {
	const owner = authorizeChange(event);
	if (!owner.ok) return json({ error: owner.error }, { status: 403, headers: NO_STORE });
	if (!(await deleteSaved(owner.value.user, event.params.id)))
		return json(NOT_FOUND, { status: 404, headers: NO_STORE });
	return new Response(null, { status: 204, headers: NO_STORE });
}

export async function PATCH(event) {
	const owner = authorizeChange(event);
	if (!owner.ok) return json({ error: owner.error }, { status: 403, headers: NO_STORE });
	const body = await readJsonBody(event.request, '{"name": "…"}');
	if (!body.ok) return json({ error: body.error }, { status: 400, headers: NO_STORE });
	const name = parseRenameRequest(body.value);
	if (!name.ok) return json({ error: name.error }, { status: 400, headers: NO_STORE });
	const renamed = await renameSaved(owner.value.user, event.params.id, name.value);
	if (!renamed) return json(NOT_FOUND, { status: 404, headers: NO_STORE });
	return json(
		{ id: renamed.id, name: renamed.name, q: renamed.q, feed: feedUrl(renamed.token, event.url) },
		{ headers: NO_STORE }
	);
}

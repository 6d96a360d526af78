// POST /api/saved/<id>/viewed {"infohashes": […]}: the results page says its person has looked at these
// results of a saved search; they stop being new, and those not seen before are recorded as seen now.
import { json } from '@sveltejs/kit';
import { z } from '#lib/zod.ts';
import { authorizeChange } from '#lib/server/http/authorize-change.ts';
import { readJsonBody } from '#lib/server/http/json-body.ts';
import { markViewed, MAX_SEEN_PER_SEARCH } from '#lib/server/saved/saved-searches.ts';

const NO_STORE = { 'cache-control': 'no-store' };
const USAGE = '{"infohashes": ["…"]}';

const Viewed = z.object(
	{
		infohashes: z
			.array(
				z
					.string()
					.check(z.regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, 'infohashes must be lowercase hex infohashes')),
				{ error: 'infohashes must be a list of infohashes' }
			)
			.check(z.maxLength(MAX_SEEN_PER_SEARCH, `infohashes must hold at most ${MAX_SEEN_PER_SEARCH}`))
	},
	{ error: `the body must be a JSON object: ${USAGE}` }
);

export async function POST(event) {
	const owner = authorizeChange(event);
	if (!owner.ok) return json({ error: owner.error }, { status: 403, headers: NO_STORE });
	const body = await readJsonBody(event.request, USAGE);
	if (!body.ok) return json({ error: body.error }, { status: 400, headers: NO_STORE });
	const parsed = Viewed.safeParse(body.value);
	if (!parsed.success)
		return json(
			{ error: parsed.error.issues[0]?.message ?? 'invalid body' },
			{ status: 400, headers: NO_STORE }
		);
	if (!(await markViewed(owner.value.user, event.params.id, parsed.data.infohashes)))
		return json({ error: 'no saved search has that id' }, { status: 404, headers: NO_STORE });
	return new Response(null, { status: 204, headers: NO_STORE });
}

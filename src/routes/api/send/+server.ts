// POST /api/send {"magnet": "magnet:?…", "client": "home"}: adds the magnet to one of the operator's
// torrent clients (the first when none is named), when authorizeChange allows the request (own page,
// allowed host, named user) and the client is under its send limit; the answer says which client failed and why.
import { json } from '@sveltejs/kit';
import { z } from '#lib/zod.ts';
import { authorizeChange } from '#lib/server/http/authorize-change.ts';
import { readJsonBody } from '#lib/server/http/json-body.ts';
import { takeSend } from '#lib/server/http/send-limit.ts';
import { MAX_MAGNET_LENGTH } from '#lib/server/magnet/magnet.ts';
import { sendMagnet } from '#lib/server/torrent-clients/send.ts';

const USAGE = '{"magnet": "magnet:?…", "client": "label"}';

const SendRequest = z.object(
	{
		magnet: z
			.string({ error: 'magnet is required: a magnet link' })
			.check(z.maxLength(MAX_MAGNET_LENGTH, `magnet must be at most ${MAX_MAGNET_LENGTH} characters`)),
		client: z.nullish(
			z
				.string({ error: 'client must be the label of a torrent client' })
				.check(z.maxLength(100, 'client must be at most 100 characters'))
		)
	},
	{ error: `the body must be a JSON object: ${USAGE}` }
);

const NO_STORE = { 'cache-control': 'no-store' };

export async function POST(event) {
	const { request } = event;
	const allowed = authorizeChange(event);
	if (!allowed.ok) return json({ error: allowed.error }, { status: 403, headers: NO_STORE });
	const counted = takeSend(event, allowed.value.user);
	if (!counted.ok)
		return json(
			{ error: counted.error.message },
			{ status: 429, headers: { ...NO_STORE, 'retry-after': String(counted.error.retryAfterSeconds) } }
		);
	const body = await readJsonBody(request, USAGE);
	if (!body.ok) return json({ error: body.error }, { status: 400, headers: NO_STORE });
	const parsed = SendRequest.safeParse(body.value);
	if (!parsed.success) {
		return json({ error: parsed.error.issues[0]?.message ?? USAGE }, { status: 400, headers: NO_STORE });
	}
	const result = await sendMagnet(parsed.data, { signal: request.signal });
	if (!result.ok) return json({ error: result.error }, { status: result.status, headers: NO_STORE });
	return json(
		{ client: result.client, infohash: result.infohash, added: result.added },
		{ headers: NO_STORE }
	);
}

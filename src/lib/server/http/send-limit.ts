// The per-client limit on sends to a torrent client (SEND_RATE_LIMIT a minute): nobody who may send can
// flood the operator's client, however many magnets a script holds.
import type { RequestEvent } from '@sveltejs/kit';
import { config } from '#lib/server/config.ts';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { ClientRateLimit, clientKey } from './client-rate-limit.ts';

const limit =
	config.sendRateLimit > 0 ? new ClientRateLimit(config.sendRateLimit, config.rateLimitMaxClients) : null;

/**
 * Counts one send for the client: the named user when there is one (behind a proxy every user shares
 * its address), else the address. Refused: the message and when to come back.
 */
export function takeSend(
	event: RequestEvent,
	user: string | null,
	rate: ClientRateLimit | null = limit
): Outcome<null, { message: string; retryAfterSeconds: number }> {
	if (!rate) return ok(null);
	let key: string;
	try {
		key = user === null ? clientKey(event.getClientAddress()) : `user ${user.toLowerCase()}`;
	} catch {
		// ADDRESS_HEADER is set but the request came without it: such clients share one count.
		key = 'unknown';
	}
	const decision = rate.take(key);
	if (decision.ok) return ok(null);
	const seconds = decision.error.retryAfterSeconds;
	return fail({
		message: `too many sends: at most ${rate.perMinute} a minute (SEND_RATE_LIMIT); try again in ${seconds} s`,
		retryAfterSeconds: seconds
	});
}

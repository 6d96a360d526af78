// Who a saved-search request acts for, and whether it may: the one place the saved-search routes ask.
// Until identities are configured (AUTH_USER_HEADER) every saved search is in one shared list, and the
// rule is sending's: writes only from this server's own pages.
import type { RequestEvent } from '@sveltejs/kit';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { foreignWrite } from './same-origin.ts';

/** The user whose saved searches this request sees (null: the shared list), or why it is refused (403). */
export function savedSearchOwner(
	event: Pick<RequestEvent, 'request' | 'url'>
): Outcome<{ user: string | null }> {
	const refusal = foreignWrite(event.request, event.url);
	return refusal === null ? ok({ user: null }) : fail(refusal);
}

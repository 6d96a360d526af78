// One log line per request (no query string: searches are private) with an id that the response and any
// error page carry, so a user's report can be matched to the server's log.
import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { answeringRequest } from './request-id.ts';

export const requestLog: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const id = crypto.randomUUID().slice(0, 8);
	event.locals.requestId = id;
	const response = await answeringRequest(id, () => resolve(event));
	const ms = Math.round(performance.now() - started);
	console.log(
		`${event.locals.requestId} ${event.request.method} ${event.url.pathname} ${response.status} ${ms}ms`
	);
	try {
		response.headers.set('x-request-id', event.locals.requestId);
	} catch {
		// Responses passed through from fetch have immutable headers; the log line is enough then.
	}
	return response;
};

/**
 * A promise rejected with no handler would end the process for every user (Node's default); one bad request
 * must not do that, so it is logged as the bug it is and the server goes on.
 */
export function logUnhandledRejections(): void {
	process.on('unhandledRejection', (reason) => console.error('unhandled rejection:', reason));
}

/** Unexpected errors are logged in full and shown as a short message with the request id, never raw. */
export const handleError: HandleServerError = ({ kind, error, event }) => {
	const requestId = event.locals.requestId ?? 'unknown';
	if (kind !== 'unknown') return { requestId };
	console.error(`${requestId} ${event.request.method} ${event.url.pathname} failed:`, error);
	return { message: 'Something went wrong on the server.', requestId };
};

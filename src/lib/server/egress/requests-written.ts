// Runs work once every outbound request started since is on the wire (its headers written, or failed):
// CPU work that is only needed when answers come, such as readying a parser, then fills the wait for
// those answers instead of holding the requests back. Read from undici's diagnostics channels, which
// every request egress makes (and any other undici request) publishes to.
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

const CREATED = 'undici:request:create';
const WRITTEN = 'undici:client:sendHeaders';
const FAILED = 'undici:request:error';

interface RequestMessage {
	request: object;
}

/**
 * Calls `task` (on a later turn of the event loop) once at least one request has started and none that
 * started is still waiting to be written. Returns a cancel function: call it when the work is no longer
 * wanted, as when no request is ever made; nothing is left subscribed after either.
 */
export function afterRequestsWritten(task: () => void): () => void {
	const waiting = new Set<object>();
	let listening = true;
	let later: NodeJS.Immediate | undefined;
	const stopListening = () => {
		if (!listening) return;
		listening = false;
		unsubscribe(CREATED, created);
		unsubscribe(WRITTEN, settled);
		unsubscribe(FAILED, settled);
	};
	function created(message: unknown) {
		waiting.add((message as RequestMessage).request);
	}
	function settled(message: unknown) {
		if (!waiting.delete((message as RequestMessage).request) || waiting.size > 0) return;
		stopListening();
		later = setImmediate(task).unref();
	}
	subscribe(CREATED, created);
	subscribe(WRITTEN, settled);
	subscribe(FAILED, settled);
	return () => {
		stopListening();
		if (later) clearImmediate(later);
	};
}

// Runs work once every outbound request started since is on the wire (its headers written, or failed):
// CPU work that is only needed when answers come, such as readying a parser, then fills the wait for
// those answers instead of holding the requests back. Read from the diagnostics channels every request
// egress makes publishes to (transport.ts).
import { REQUEST_CREATED, REQUEST_FAILED, REQUEST_WRITTEN } from './transport.ts';

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
		REQUEST_CREATED.unsubscribe(created);
		REQUEST_WRITTEN.unsubscribe(settled);
		REQUEST_FAILED.unsubscribe(settled);
	};
	function created(message: unknown) {
		waiting.add((message as RequestMessage).request);
	}
	function settled(message: unknown) {
		if (!waiting.delete((message as RequestMessage).request) || waiting.size > 0) return;
		stopListening();
		later = setImmediate(task).unref();
	}
	REQUEST_CREATED.subscribe(created);
	REQUEST_WRITTEN.subscribe(settled);
	REQUEST_FAILED.subscribe(settled);
	return () => {
		stopListening();
		if (later) clearImmediate(later);
	};
}

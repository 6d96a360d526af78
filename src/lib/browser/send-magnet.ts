// Sending a result to one of the operator's torrent clients from the page, and the feedback a person sees.

/** A client as the server lists it: a label to show, never an address. */
export interface SendTarget {
	label: string;
	kind: string;
}

export type SendFeedback =
	| { state: 'sending' | 'sent' | 'already'; label: string }
	| { state: 'failed'; label: string; reason: string };

export async function sendToClient(magnet: string, label: string): Promise<SendFeedback> {
	try {
		const response = await fetch('/api/send', {
			method: 'POST',
			headers: { 'content-type': 'application/json', accept: 'application/json' },
			body: JSON.stringify({ magnet, client: label })
		});
		const body = (await response.json().catch(() => ({}))) as { added?: boolean; error?: string };
		if (response.ok) return { state: body.added === false ? 'already' : 'sent', label };
		return { state: 'failed', label, reason: body.error ?? `HTTP ${response.status}` };
	} catch (error) {
		return { state: 'failed', label, reason: error instanceof Error ? error.message : String(error) };
	}
}

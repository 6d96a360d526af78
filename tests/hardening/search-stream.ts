// Reads one NDJSON search from the built server: every event, when each arrived, and when it ended.
import type { SearchEvent } from '#lib/search-events.ts';

export interface StreamedSearch {
	status: number;
	events: SearchEvent[];
	firstResultMs: number | null;
	doneMs: number;
}

export async function streamSearch(origin: string, query: string, extra = ''): Promise<StreamedSearch> {
	const started = performance.now();
	const response = await fetch(`${origin}/api/search/stream?q=${encodeURIComponent(query)}${extra}`);
	const events: SearchEvent[] = [];
	let firstResultMs: number | null = null;
	if (response.status !== 200 || !response.body) {
		await response.body?.cancel();
		return { status: response.status, events, firstResultMs, doneMs: performance.now() - started };
	}
	let buffer = '';
	const decoder = new TextDecoder();
	for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
		buffer += decoder.decode(chunk, { stream: true });
		let newline: number;
		while ((newline = buffer.indexOf('\n')) >= 0) {
			const event = JSON.parse(buffer.slice(0, newline)) as SearchEvent;
			buffer = buffer.slice(newline + 1);
			if (event.type === 'result') firstResultMs ??= performance.now() - started;
			events.push(event);
		}
	}
	return { status: response.status, events, firstResultMs, doneMs: performance.now() - started };
}

// Reads a newline-delimited JSON body as it arrives, whatever the chunk boundaries: every complete line of
// one read together, so that a page applies a burst (an index's fifty results in one chunk) in one go and
// renders it once, rather than ranking and rendering again after each line before it can paint any.

export async function* readNdjsonBatches(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown[]> {
	const reader = body.getReader();
	// stream: true keeps a character whose bytes are split across chunks whole.
	const decoder = new TextDecoder();
	let buffer = '';
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			buffer += decoder.decode(value, { stream: true });
			const end = buffer.lastIndexOf('\n');
			if (end === -1) continue;
			const lines = buffer.slice(0, end).split('\n');
			buffer = buffer.slice(end + 1);
			const values = lines.flatMap((line) => (line.trim() ? [JSON.parse(line) as unknown] : []));
			if (values.length > 0) yield values;
		}
		buffer += decoder.decode();
		if (buffer.trim()) yield [JSON.parse(buffer) as unknown];
	} finally {
		reader.releaseLock();
	}
}

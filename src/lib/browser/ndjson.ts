// Reads a newline-delimited JSON body line by line as it arrives, whatever the chunk boundaries.

export async function* readNdjson(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
	const reader = body.getReader();
	// stream: true keeps a character whose bytes are split across chunks whole.
	const decoder = new TextDecoder();
	let buffer = '';
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			buffer += decoder.decode(value, { stream: true });
			let newline = buffer.indexOf('\n');
			while (newline !== -1) {
				const line = buffer.slice(0, newline).trim();
				buffer = buffer.slice(newline + 1);
				if (line) yield JSON.parse(line);
				newline = buffer.indexOf('\n');
			}
		}
		buffer += decoder.decode();
		if (buffer.trim()) yield JSON.parse(buffer);
	} finally {
		reader.releaseLock();
	}
}

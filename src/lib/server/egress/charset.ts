// Decodes text with the charset a browser would pick, whole or as it arrives.
/** The charset named by a Content-Type header, if any. */
export function charsetOfContentType(contentType: string | null): string | null {
	const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType ?? '');
	return (match?.[1] ?? match?.[2] ?? '').trim() || null;
}

// `<meta charset=…>` and `<meta http-equiv="Content-Type" content="…; charset=…">` both end in charset=.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;

/** How far into a page its `<meta>` charset is looked for. */
const SNIFF_BYTES = 2048;

/** The charset an HTML page declares in its first 2 KB (read as Latin-1, as the prescan does). */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
	const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString(
		'latin1'
	);
	return META_CHARSET.exec(head)?.[1] ?? null;
}

function decoder(label: string | null, fromMeta = false): TextDecoder | null {
	if (label === null) return null;
	try {
		const decoder = new TextDecoder(label);
		// A page cannot really be UTF-16 if its ASCII meta tag was readable; the HTML standard says UTF-8.
		return fromMeta && decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
	} catch {
		return null;
	}
}

function bomEncoding(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	return null;
}

/**
 * Decodes a body as a browser would: a byte-order mark first, then the Content-Type charset, then a
 * `<meta>` declaration near the top, else UTF-8. Unknown labels fall through to the next source.
 */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
	return decoderForHead(bytes, contentType).decode(bytes);
}

/** The decoder a browser would pick from the first bytes of a body (enough of them: SNIFF_BYTES). */
function decoderForHead(head: Uint8Array, contentType: string | null): TextDecoder {
	const bom = bomEncoding(head);
	if (bom !== null) return new TextDecoder(bom);
	return (
		decoder(charsetOfContentType(contentType)) ??
		decoder(sniffMetaCharset(head), true) ??
		new TextDecoder('utf-8')
	);
}

/**
 * Decodes a body as it arrives, as decodeText would decode it whole: only the first SNIFF_BYTES are held
 * back, to choose the charset; a character split between chunks is decoded once both halves are in.
 */
export async function* decodeTextStream(
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	contentType: string | null
): AsyncGenerator<string> {
	const head: Uint8Array[] = [];
	let headLength = 0;
	let decoder: TextDecoder | undefined;
	for await (const chunk of chunks) {
		if (decoder !== undefined) {
			const piece = decoder.decode(chunk, { stream: true });
			if (piece) yield piece;
			continue;
		}
		head.push(chunk);
		headLength += chunk.length;
		if (headLength < SNIFF_BYTES) continue;
		const bytes = Buffer.concat(head, headLength);
		head.length = 0;
		decoder = decoderForHead(bytes, contentType);
		const piece = decoder.decode(bytes, { stream: true });
		if (piece) yield piece;
	}
	if (decoder === undefined) {
		const whole = decodeText(Buffer.concat(head, headLength), contentType);
		if (whole) yield whole;
		return;
	}
	const rest = decoder.decode();
	if (rest) yield rest;
}

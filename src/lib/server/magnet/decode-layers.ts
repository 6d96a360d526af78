// Undoes the escaping a magnet picks up on its way through HTML, JavaScript and URLs, without ever throwing.

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' '
};

function fromCodePoint(code: number, original: string): string {
	// Entities for NUL, surrogates or beyond Unicode are garbage; keeping them literal is the safe reading.
	if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return original;
	return String.fromCodePoint(code);
}

/** `&amp;`, `&#38;`, `&#x26;` and the other entities a magnet meets in markup. A `;` is required. */
export function decodeEntities(text: string): string {
	return text.replace(
		/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi,
		(match, decimal?: string, hex?: string, name?: string) => {
			if (decimal) return fromCodePoint(Number.parseInt(decimal, 10), match);
			if (hex) return fromCodePoint(Number.parseInt(hex, 16), match);
			return NAMED_ENTITIES[name?.toLowerCase() ?? ''] ?? match;
		}
	);
}

/** `\u0026`, `\x26` and `\/` from JavaScript and JSON strings; runs of backslashes cover double escaping. */
export function unescapeJs(text: string): string {
	return text.replace(
		// The lookbehind starts a match only at the first backslash of a run: without it a long run of
		// backslashes is rescanned from every position (quadratic time on hostile pages).
		/(?<!\\)\\+(?:u([0-9a-f]{4})|x([0-9a-f]{2})|(\/))/gi,
		(match, unicode?: string, hex?: string) => {
			if (unicode) return fromCodePoint(Number.parseInt(unicode, 16), match);
			if (hex) return fromCodePoint(Number.parseInt(hex, 16), match);
			return '/';
		}
	);
}

/**
 * Percent-decodes each run of valid `%XX` escapes on its own, so a stray `%`, `%zz` or a run that is not
 * UTF-8 stays as it was instead of making the whole string undecodable (decodeURIComponent throws).
 */
export function percentDecode(text: string): string {
	return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
		try {
			return decodeURIComponent(run);
		} catch {
			return run;
		}
	});
}

const MAGNET_START = /magnet:\?/i;
const ENCODED_MAGNET_START = /magnet(?::|%(?:25)*3a)(?:\?|%(?:25)*3f)/i;

/**
 * Peels entity, JavaScript and whole-string percent encoding until a plain `magnet:?` shows, a few
 * rounds at most: real pages stack two or three layers, never more, and each round is linear.
 */
export function unwrapMagnetText(input: string): string {
	let text = input;
	for (let round = 0; round < 5; round++) {
		const before = text;
		text = unescapeJs(decodeEntities(text));
		if (!MAGNET_START.test(text) && ENCODED_MAGNET_START.test(text)) text = percentDecode(text);
		if (text === before) break;
	}
	return text;
}

// Text decoding on its own: charset precedence, whole and as a body arrives in pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charsetOfContentType, decodeText, decodeTextStream, sniffMetaCharset } from './charset.ts';

const bytes = (text: string, encoding: BufferEncoding = 'utf8') =>
	new Uint8Array(Buffer.from(text, encoding));

async function streamed(body: Uint8Array, cuts: number[], contentType: string | null): Promise<string[]> {
	const at = [...new Set(cuts)].sort((a, b) => a - b);
	const chunks = [0, ...at].map((from, n) => body.subarray(from, at[n] ?? body.length));
	const pieces: string[] = [];
	for await (const piece of decodeTextStream(chunks, contentType)) pieces.push(piece);
	return pieces;
}

describe('decodeText', () => {
	it('reads the charset parameter in its usual spellings', () => {
		expect(charsetOfContentType('text/html; charset=ISO-8859-1')).toBe('ISO-8859-1');
		expect(charsetOfContentType('text/html;Charset="windows-1251"')).toBe('windows-1251');
		expect(charsetOfContentType('text/html')).toBeNull();
		expect(charsetOfContentType(null)).toBeNull();
	});

	it('finds a meta declaration only near the top', () => {
		expect(sniffMetaCharset(bytes("<meta charset='koi8-r'>"))).toBe('koi8-r');
		expect(sniffMetaCharset(bytes(' '.repeat(3000) + '<meta charset="koi8-r">'))).toBeNull();
	});

	it('prefers a BOM, then the header, then the meta tag, then UTF-8', () => {
		const cafe = bytes('café', 'latin1');
		expect(decodeText(cafe, 'text/html; charset=iso-8859-1')).toBe('café');
		expect(
			decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('café')]), 'text/html; charset=iso-8859-1')
		).toBe('café');
		const meta = new Uint8Array([...bytes('<meta charset="iso-8859-1">'), ...cafe]);
		expect(decodeText(meta, 'text/html; charset=utf-8')).toBe('<meta charset="iso-8859-1">caf\ufffd');
		expect(decodeText(meta, 'text/html')).toBe('<meta charset="iso-8859-1">café');
		expect(decodeText(bytes('café'), null)).toBe('café');
	});

	it('falls back when a label is unknown, and never reads a meta-declared UTF-16', () => {
		expect(decodeText(bytes('café'), 'text/html; charset=no-such-charset')).toBe('café');
		expect(decodeText(bytes('<meta charset="utf-16">café'), 'text/html')).toBe('<meta charset="utf-16">café');
	});
});

describe('decodeTextStream', () => {
	const latin = new Uint8Array([
		...bytes('<meta charset="iso-8859-1">'),
		...bytes('é'.repeat(3000), 'latin1')
	]);
	const cases: [string, Uint8Array, string | null][] = [
		['UTF-8 with characters of 2, 3 and 4 bytes', bytes('<p>café – 東京 🎬 '.repeat(400)), 'text/html'],
		[
			'a BOM against the header',
			new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('naïve '.repeat(600))]),
			'text/html; charset=iso-8859-1'
		],
		['a charset in the meta tag past the first chunk', latin, 'text/html'],
		['UTF-16LE by its BOM', new Uint8Array([0xff, 0xfe, ...bytes('ünï '.repeat(700), 'utf16le')]), null],
		['a body shorter than the sniffed head', bytes('<meta charset="koi8-r">\xe1'), null]
	];
	it.each(cases)('decodes %s in pieces exactly as whole', async (_, body, contentType) => {
		const whole = decodeText(body, contentType);
		await fc.assert(
			fc.asyncProperty(fc.array(fc.nat(body.length), { maxLength: 40 }), async (cuts) => {
				expect((await streamed(body, cuts, contentType)).join('')).toBe(whole);
			}),
			{ numRuns: 200 }
		);
		for (let cut = 0; cut <= 2100 && cut <= body.length; cut++)
			expect((await streamed(body, [cut], contentType)).join('')).toBe(whole);
	});

	it('gives pieces no longer than the chunks that came in, once the charset is chosen', async () => {
		const body = bytes('a'.repeat(100_000));
		const cuts = Array.from({ length: 99 }, (_, n) => (n + 1) * 1000);
		const pieces = await streamed(body, cuts, 'text/html');
		expect(pieces.join('').length).toBe(100_000);
		expect(Math.max(...pieces.map((piece) => piece.length))).toBe(3000);
	});
});

// Escaping layers undone one by one, and parseMagnet on hostile text: never a throw, never slow.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities, percentDecode, unescapeJs, unwrapMagnetText } from './decode-layers.ts';
import { magnetKey, parseMagnet } from './magnet.ts';

describe('layers', () => {
	it('decodes the entities magnets meet, and leaves impossible ones literal', () => {
		expect(decodeEntities('a&amp;b&#38;c&#x26;d&AMP;e&quot;&lt;&gt;&apos;&nbsp;')).toBe('a&b&c&d&e"<>\' ');
		expect(decodeEntities('&#0;&#x110000;&#xd800;&amp&bogus;')).toBe('&#0;&#x110000;&#xd800;&amp&bogus;');
	});

	it('undoes JavaScript escapes, doubled ones included', () => {
		expect(unescapeJs('a\\u0026b\\x26c\\/d\\\\u0026e\\n')).toBe('a&b&c/d&e\\n');
	});

	it('percent-decodes what it can and keeps the rest', () => {
		expect(percentDecode('100%25 %zz % %E2%82%AC %ff%fe end')).toBe('100% %zz % € %ff%fe end');
	});

	it('unwraps stacked layers until a plain magnet shows, and stops there', () => {
		const clean = 'magnet:?xt=urn:btih:x&dn=a%2520b';
		expect(unwrapMagnetText(encodeURIComponent(encodeURIComponent(clean)))).toBe(clean);
		expect(unwrapMagnetText(JSON.stringify(clean.replaceAll('&', '&amp;')))).toBe(`"${clean}"`);
	});

	// A super-linear path would run into the test's time limit; the speed itself is not asserted.
	it('ends on long runs of escapes, with text no longer than it was given', () => {
		for (const run of ['\\', '%25', '&amp;', '&#']) {
			for (const input of [`magnet:?xt=${run.repeat(100_000)}z`, `magnet%3A%3F${run.repeat(100_000)}%`])
				expect(unwrapMagnetText(input).length).toBeLessThanOrEqual(input.length);
		}
	});
});

describe('garbage', () => {
	const hostile = [
		'',
		'%',
		'%zz',
		'magnet:?%',
		'magnet:?xt=urn:btih:%',
		'magnet:?xt=%E0%A4%A&dn=%ff%fe',
		'magnet:?&&&==&=',
		'magnet:?xt=urn:btih:\0\0\0',
		'\0'.repeat(1000),
		'&#x110000;&#0;&#xd800;\\ud800 magnet%3A%3F%',
		'magnet:?'.repeat(2000),
		'%25'.repeat(5000) + 'magnet%3A%3F',
		'\\'.repeat(10_000) + 'u0026',
		'x'.repeat(10_240)
	];

	it.each(hostile.map((input) => [input.slice(0, 30), input]))('never throws on %j', (_, input) => {
		expect(parseMagnet(input)).toBeNull();
	});

	it('never throws on random text around or inside a magnet, and only returns real hashes', () => {
		const junk = fc.string({ unit: 'binary', maxLength: 200 });
		fc.assert(
			fc.property(junk, junk, junk, (before, inside, after) => {
				const magnet = parseMagnet(`${before}magnet:?xt=urn:btih:${inside}${after}`);
				const key = magnet ? magnetKey(magnet) : null;
				expect(key === null || /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(key)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('finds a magnet in 10 kB of junk around it', () => {
		const junk = Array.from({ length: 10_240 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
		expect(parseMagnet(`${junk}magnet:?xt=urn:btih:${'ab'.repeat(20)}${junk}`)?.infohash).toBe(
			'ab'.repeat(20)
		);
	});
});

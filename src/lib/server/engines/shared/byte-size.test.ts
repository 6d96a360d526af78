// Human sizes to bytes, in the spellings indexes print.
import { describe, expect, it } from 'vitest';
import { parseByteSize } from './byte-size.ts';

describe('parseByteSize', () => {
	it('reads binary and decimal spellings alike, in powers of 1024', () => {
		expect(parseByteSize('1.4 GiB')).toBe(Math.round(1.4 * 1024 ** 3));
		expect(parseByteSize('1.4 GB')).toBe(Math.round(1.4 * 1024 ** 3));
		expect(parseByteSize('386.9 MiB')).toBe(Math.round(386.9 * 1024 ** 2));
		expect(parseByteSize('700MB')).toBe(700 * 1024 ** 2);
		expect(parseByteSize('12 KiB')).toBe(12 * 1024);
		expect(parseByteSize('1,024 B')).toBe(1024);
		expect(parseByteSize('2 T')).toBe(2 * 1024 ** 4);
	});

	it('refuses what is not a size', () => {
		for (const text of ['', 'big', '1.4 GiBs', '- MB', 'GB']) expect(parseByteSize(text)).toBeNull();
	});
});

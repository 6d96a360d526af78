// Sizes, hashes and site names as the result cards show them.
import { describe, expect, it, vi } from 'vitest';

const nbsp = (text: string) => text.replace(' ', '\u00a0');
import {
	formatDuration,
	formatSize,
	prepareNumberFormats,
	safeWebUrl,
	shortInfohash,
	siteName
} from './display.ts';

describe('formatSize', () => {
	it('uses binary units and the page language', () => {
		expect(formatSize(0, 'en')).toBe(nbsp('0 B'));
		expect(formatSize(1023, 'en')).toBe(nbsp('1,023 B'));
		expect(formatSize(6114656256, 'en')).toBe(nbsp('5.7 GiB'));
		expect(formatSize(6114656256, 'pt-BR')).toBe(nbsp('5,7 GiB'));
		expect(formatSize(150 * 1024 ** 2, 'en')).toBe(nbsp('150 MiB'));
	});

	it('makes a formatter once per language and precision, however many sizes a page shows', () => {
		const made = vi.spyOn(Intl, 'NumberFormat');
		try {
			prepareNumberFormats('de');
			const sizes = Array.from({ length: 200 }, (_, i) => formatSize(i * 7_340_033, 'de'));
			expect(sizes[1]).toBe(nbsp('7 MiB'));
			expect(formatDuration(2300, 'de')).toBe(nbsp('2,3 s'));
			expect(made).toHaveBeenCalledTimes(2);
		} finally {
			made.mockRestore();
		}
	});
});

describe('shortInfohash', () => {
	it('keeps the first twelve characters', () => {
		expect(shortInfohash('d160b8d8ea35a5b4e52837468fc8f03d55cef1f7')).toBe('d160b8d8ea35…');
	});
});

describe('siteName and safeWebUrl', () => {
	it('names the site without www', () => {
		expect(siteName('https://www.1337x.to/torrent/1/x/')).toBe('1337x.to');
	});
	it('refuses addresses that are not http(s)', () => {
		expect(siteName('javascript:alert(1)')).toBeNull();
		expect(safeWebUrl('not a url')).toBeNull();
		expect(safeWebUrl('data:text/html,hi')).toBeNull();
	});
});

describe('formatDuration', () => {
	it('switches to seconds past one second', () => {
		expect(formatDuration(412, 'en')).toBe(nbsp('412 ms'));
		expect(formatDuration(2310, 'es')).toBe(nbsp('2,3 s'));
	});
});

// How numbers, hashes and addresses from a search are shown to a person: sizes, short hashes, site names.

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** A number and its unit never wrap apart on a narrow screen. */
const NBSP = '\u00a0';

/**
 * A number formatter for the language and the fraction digits: made once each, as making one costs far
 * more than formatting with it (a page formats a size for every result, again at each re-ranking).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, maximumFractionDigits: number): Intl.NumberFormat {
	const key = `${locale}\u0000${maximumFractionDigits}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { maximumFractionDigits });
		numberFormats.set(key, format);
	}
	return format;
}

/**
 * Makes the formatters sizes and durations use. A page's first number formatter loads the browser's number
 * data (about 90 ms on a phone-class CPU, measured in Chromium): a results page does it in the wait for its
 * first results, not when they arrive.
 */
export function prepareNumberFormats(locale: string): void {
	numberFormat(locale, 0);
	numberFormat(locale, 1);
}

/** Bytes as a person reads them (`1.4 GiB`), in the page's language; binary units, as clients show them. */
export function formatSize(bytes: number, locale: string): string {
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit += 1;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${numberFormat(locale, digits).format(value)}${NBSP}${UNITS[unit]}`;
}

export const GIB = 1024 ** 3;

/** Enough of an infohash to tell results apart at a glance; the whole one stays in the magnet. */
export function shortInfohash(infohash: string): string {
	return infohash.length > 12 ? `${infohash.slice(0, 12)}…` : infohash;
}

/** The site a page belongs to (`1337x.to`), or null for anything that is not a web address. */
export function siteName(page: string): string | null {
	const url = safeWebUrl(page);
	return url ? url.hostname.replace(/^www\./, '') : null;
}

/** Only http(s) addresses from strangers become links; anything else (`javascript:`) is shown as text. */
export function safeWebUrl(value: string): URL | null {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
	} catch {
		return null;
	}
}

/** Milliseconds as a short duration: `412 ms`, `2.3 s`. */
export function formatDuration(ms: number, locale: string): string {
	if (ms < 1000) return `${Math.round(ms)}${NBSP}ms`;
	return `${numberFormat(locale, 1).format(ms / 1000)}${NBSP}s`;
}

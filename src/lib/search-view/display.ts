// How numbers, hashes and addresses from a search are shown to a person: sizes, short hashes, site names.

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** A number and its unit never wrap apart on a narrow screen. */
const NBSP = '\u00a0';

/** Bytes as a person reads them (`1.4 GiB`), in the page's language; binary units, as clients show them. */
export function formatSize(bytes: number, locale: string): string {
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit += 1;
	}
	const digits = unit === 0 || value >= 100 ? 0 : 1;
	return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)}${NBSP}${UNITS[unit]}`;
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
	return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(ms / 1000)}${NBSP}s`;
}

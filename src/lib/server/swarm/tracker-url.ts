// Reads a tracker URL taken from a magnet or .torrent: which protocol, which host and port, and where its
// scrape lives (BEP 48), with the host spelled the way a browser would read it.

export interface TrackerTarget {
	protocol: 'udp' | 'http';
	/** The URL as the result lists it. */
	url: string;
	/**
	 * The host as WHATWG URL reads it for http (so `2130706433` and `0x7f.1` are already `127.0.0.1`, and
	 * an IPv6 literal keeps its brackets); UDP URLs are opaque to WHATWG, so they are read the same way.
	 */
	host: string;
	port: number;
}

/** A tracker we can ask: UDP (BEP 15) or HTTP(S) (BEP 3/48); wss and others are for browsers only. */
export function parseTrackerUrl(url: string): TrackerTarget | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null;
	}
	if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
		const port = Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
		return { protocol: 'http', url, host: parsed.hostname, port };
	}
	if (parsed.protocol !== 'udp:' || !parsed.host) return null;
	// Re-read the authority as an http URL: that applies the WHATWG host parser (IPv4 number forms,
	// IDNA, trailing dots kept) that non-special schemes skip.
	let host: URL;
	try {
		host = new URL(`http://${parsed.host}/`);
	} catch {
		return null;
	}
	const port = Number(host.port);
	if (!Number.isInteger(port) || port <= 0) return null;
	return { protocol: 'udp', url, host: host.hostname, port };
}

/** BEP 48: the scrape URL is the announce URL whose last segment starts with `announce`, renamed. */
export function scrapeUrlOf(announceUrl: string): string | null {
	let parsed: URL;
	try {
		parsed = new URL(announceUrl);
	} catch {
		return null;
	}
	const slash = parsed.pathname.lastIndexOf('/');
	const last = parsed.pathname.slice(slash + 1);
	if (!last.startsWith('announce')) return null;
	parsed.pathname = `${parsed.pathname.slice(0, slash + 1)}scrape${last.slice('announce'.length)}`;
	return parsed.href;
}

/** The bytes of a hex infohash, percent-encoded one by one as trackers expect in a query string. */
export function percentEncodeHash(hex: string): string {
	return hex.replace(/../g, (pair) => `%${pair.toUpperCase()}`);
}

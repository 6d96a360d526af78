// Types for the independent codecs the tests check ours against; the packages ship JavaScript only.

declare module 'magnet-uri' {
	interface MagnetUriResult {
		infoHash?: string;
		infoHashV2?: string;
		name?: string;
		announce: string[];
		urlList: string[];
		/** Raw parameters as given: one string, or an array when repeated. */
		xt?: string | string[];
		dn?: string;
		tr?: string | string[];
		xl?: string;
	}
	interface MagnetUriFields {
		infoHash?: string;
		infoHashV2?: string;
		name?: string;
		announce?: string[];
		xl?: number;
	}
	export default function magnetUriDecode(uri: string): MagnetUriResult;
	export function decode(uri: string): MagnetUriResult;
	export function encode(fields: MagnetUriFields): string;
}

declare module 'parse-torrent' {
	interface ParsedTorrent {
		infoHash: string;
		name: string;
		length: number;
		announce: string[];
		files: { path: string; length: number }[];
	}
	export default function parseTorrent(torrent: Uint8Array | string): Promise<ParsedTorrent>;
}

declare module 'webtorrent-fixtures' {
	interface Fixture {
		torrentPath: string;
		torrent: Uint8Array;
		parsedTorrent?: { infoHash: string; name: string; length: number; announce: string[] };
		magnetURI?: string;
	}
	const fixtures: Record<string, Fixture>;
	export default fixtures;
}

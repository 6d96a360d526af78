// The benchmark's fake web and its answer key: engines and sites at realistic latencies (one page that never
// ends, a result link that is itself a .torrent file, a listing past the 2 MiB page cap) on one host, and the
// magnets each route holds, read with a reference scan independent of the app's harvester.
import parseTorrent from 'parse-torrent';
import { readFixture, startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { ENGINE_MS, SITES } from '#tests/fake-web/realistic-latencies.ts';
import { bingSerp, duckduckgoSerp } from '#tests/fake-web/serp.ts';

export const SITE_TIMEOUT_MS = 2000;

/** A listing as a big site serves it: the real capture, then rows past the page cap (2 MiB). */
const OVERSIZED_LISTING = Buffer.concat([
	readFixture('sites/limetorrents-search.html'),
	Buffer.from(`<!-- ${'older rows '.repeat(260_000)} -->`)
]);

/** Web engines link .torrent files directly, with or without the extension and the right type. */
const TORRENT_LINKS: [path: string, fixture: string, type: string, delayMs: number][] = [
	['/download/123.torrent', 'torrents/silo-cakes.torrent', 'application/x-bittorrent', 120],
	['/get', 'torrents/lucky-ethel.torrent', 'application/octet-stream', 250]
];

export interface BenchWeb {
	web: FakeWeb;
	/** The app's environment for this web. */
	env: Record<string, string>;
	/** Infohashes a search can find with every page answering within SITE_TIMEOUT_MS. */
	reachable: Set<string>;
	/** Every infohash on this web: a result outside it is a false one. */
	known: Set<string>;
}

const BTIH = /urn:btih:([0-9a-z]{40}|[a-z2-7]{32})\b/gi;
const TORRENT_URL_HASH = /\/torrent\/([0-9a-f]{40})\.torrent/gi;

function base32ToHex(text: string): string {
	let bits = '';
	for (const char of text.toUpperCase())
		bits += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(char).toString(2).padStart(5, '0');
	return (bits.match(/.{4}/g) ?? []).map((nibble) => parseInt(nibble, 2).toString(16)).join('');
}

/** Reference scan: every btih and itorrents-style hash in a page, after undoing entities and JS escapes. */
export function infohashesInText(text: string): string[] {
	const plain = text.replaceAll('&amp;', '&').replaceAll('\\/', '/').replaceAll('\\u0026', '&');
	const hashes = [...plain.matchAll(BTIH)].map(([, hash = '']) =>
		hash.length === 32 ? base32ToHex(hash) : hash
	);
	hashes.push(...[...plain.matchAll(TORRENT_URL_HASH)].map(([, hash = '']) => hash));
	return hashes.map((hash) => hash.toLowerCase());
}

async function infohashesOfFixture(fixture: string): Promise<string[]> {
	if (fixture.endsWith('.torrent')) return [(await parseTorrent(readFixture(fixture))).infoHash as string];
	const text = readFixture(fixture).toString('utf8');
	if (fixture.endsWith('apibay-search.json'))
		return (JSON.parse(text) as { info_hash: string }[]).map((row) => row.info_hash.toLowerCase());
	if (fixture.endsWith('.xml'))
		return [...text.matchAll(/<nyaa:infoHash>([0-9a-f]{40})</gi)].map(([, hash = '']) => hash.toLowerCase());
	return infohashesInText(text);
}

export async function startBenchWeb(): Promise<BenchWeb> {
	const web = await startFakeWeb();
	const site = (name: string) => `${web.url}/site/${name}`;
	const reachable = new Set<string>();
	const known = new Set<string>();
	const learn = async (fixture: string, delayMs: number) => {
		for (const hash of await infohashesOfFixture(fixture)) {
			known.add(hash);
			if (delayMs < SITE_TIMEOUT_MS) reachable.add(hash);
		}
	};

	for (const [name, fixture, delayMs] of SITES) {
		if (name === 'listing') web.route(`/site/${name}`, { body: OVERSIZED_LISTING, delayMs });
		else web.route(`/site/${name}`, { fixture, delayMs });
		await learn(fixture, delayMs);
	}
	web.route('/site/hang', { body: '<html>'.repeat(50), hang: true });
	for (const [path, fixture, type, delayMs] of TORRENT_LINKS) {
		web.route(path, { fixture, delayMs, headers: { 'content-type': type } });
		await learn(fixture, delayMs);
	}
	const [dotTorrent = '', octetStream = ''] = TORRENT_LINKS.map(([path]) => web.url + path);
	const ddgLinks = [...['x1337', 'lime', 'listing', 'hang', 'galaxy'].map(site), dotTorrent];
	const bingLinks = [...['x1337', 'eztv', 'downloads', 'json', 'lime'].map(site), octetStream];
	web.route('/ddg/html', { body: duckduckgoSerp(ddgLinks), delayMs: ENGINE_MS.duckduckgo });
	web.route('/bing/search', { body: bingSerp(bingLinks), delayMs: ENGINE_MS.bing });
	web.route('/apibay/q.php', { fixture: 'apis/apibay-search.json', delayMs: ENGINE_MS.apibay });
	web.route('/nyaa', { fixture: 'apis/nyaa-rss.xml', delayMs: ENGINE_MS.nyaa });
	await learn('apis/apibay-search.json', 0);
	await learn('apis/nyaa-rss.xml', 0);

	const env = {
		DUCKDUCKGO_URL: `${web.url}/ddg`,
		BING_URL: `${web.url}/bing`,
		APIBAY_URL: `${web.url}/apibay`,
		NYAA_URL: `${web.url}/nyaa`,
		ENGINES: 'duckduckgo,bing,apibay,nyaa',
		EGRESS_ALLOWLIST: '127.0.0.1',
		SITE_TIMEOUT_MS: String(SITE_TIMEOUT_MS),
		CACHE_TTL_SECONDS: '0'
	};
	return { web, env, reachable, known };
}

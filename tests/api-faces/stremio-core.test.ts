// The add-on in the real Stremio core (the WASM core of every Stremio app): installed from its manifest
// URL, then a film and an episode opened as a user would, against the built server and the fake web.
// Rules cited are from Stremio/stremio-core at 02a1460 (the core-web build is 0.62.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { hasFixtures, readFixture, startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { startRealCore, type CoreStream, type RealCore } from '../stremio-core/real-core.ts';
import { samples as ytsSamples } from '#lib/server/engines/yts/samples.ts';
import { apibayRow } from './apibay-rows.ts';

// A bound on waiting, not a timing assertion: cold servers and restarts on a busy 2-core machine take
// seconds, and no test here measures how long anything took.
const BOUND = { timeout: 60_000 };

let web: FakeWeb;
let app: App;
let core: RealCore;

const SHAWSHANK = [
	apibayRow('The.Shawshank.Redemption.1994.720p.BluRay.x264', { seeders: 300 }),
	apibayRow('The Shawshank Redemption 1994 2160p UHD BluRay x265', { seeders: 40 }),
	apibayRow('The.Shawshank.Redemption.1994.1080p.BluRay.x264', { seeders: 1200 })
];

/** apibay's answers by query: a real capture for the episode, synthetic rows for the film. */
function apibay(url: URL): string {
	const q = url.searchParams.get('q');
	if (q === 'Silo S03E06') return readFixture('apis/apibay-search.json').toString();
	if (q === 'The Shawshank Redemption 1994') return JSON.stringify(SHAWSHANK);
	return JSON.stringify([apibayRow('No results returned', { infohash: '0'.repeat(40) })]);
}

const manifestUrl = () => `${app.url}/api/stremio/manifest.json`;
/** The add-on configured (contract "Configured Stremio add-on") as /configure would write it. */
const configuredUrl = (config: string) => `${app.url}/api/stremio/${config}/manifest.json`;

/** YTS's answer by IMDb id: Sintel (tt1727587) in two qualities; no other film. */
function yts(url: URL): string {
	if (url.searchParams.get('query_term') === 'tt1727587') return ytsSamples.results![0]!.body;
	return JSON.stringify({ status: 'ok', data: { movie_count: 0, movies: [] } });
}

function expectPlayableByInfohash(stream: CoreStream) {
	// a torrent stream is `infoHash` (40 hex, SerHex Strict), optional `fileIdx`, `sources` read as
	// `announce` (src/types/resource/stream.rs:458-465)
	expect(stream.infoHash).toMatch(/^[0-9a-f]{40}$/);
	expect(stream.announce).toContain(`dht:${stream.infoHash}`);
	expect(stream.announce!.every((source) => /^(tracker:(udp|https?):\/\/|dht:)/.test(source))).toBe(true);
	expect(stream.name).toMatch(/^cf-torrent/);
	expect(stream.description).toMatch(/seeders/);
}

describe.skipIf(!hasFixtures)('the add-on in the real Stremio core', BOUND, () => {
	beforeAll(async () => {
		web = await startFakeWeb({
			'/cinemeta/meta/movie/tt0111161.json': {
				body: JSON.stringify({ meta: { id: 'tt0111161', name: 'The Shawshank Redemption', year: '1994' } })
			},
			'/cinemeta/meta/series/tt14688458.json': {
				body: JSON.stringify({ meta: { id: 'tt14688458', name: 'Silo', releaseInfo: '2023–' } })
			},
			'/cinemeta/meta/movie/tt1727587.json': {
				body: JSON.stringify({ meta: { id: 'tt1727587', name: 'Sintel', year: '2010' } })
			},
			'/apibay/q.php': { body: apibay, headers: { 'content-type': 'application/json' } },
			'/yts/api/v2/list_movies.json': { body: yts, headers: { 'content-type': 'application/json' } },
			// a control add-on whose streams carry both `title` and `description`, as ours once did
			'/both-keys/manifest.json': {
				body: JSON.stringify({
					id: 'org.example.both-keys',
					version: '1.0.0',
					name: 'both keys',
					resources: ['stream'],
					types: ['movie'],
					idPrefixes: ['tt'],
					catalogs: []
				}),
				headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }
			},
			'/both-keys/stream/movie/tt0111161.json': {
				body: JSON.stringify({
					streams: [
						{
							name: 'both keys',
							title: 'The Shawshank Redemption 1994 1080p',
							description: 'The Shawshank Redemption 1994 1080p',
							infoHash: SHAWSHANK[2]!.info_hash.toLowerCase()
						}
					]
				}),
				headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' }
			}
		});
		app = await startApp({
			CINEMETA_URL: `${web.url}/cinemeta`,
			APIBAY_URL: `${web.url}/apibay`,
			YTS_URL: `${web.url}/yts`,
			// apibay alone by default: YTS is asked only because the add-on asks it for films by IMDb id
			ENGINES: 'apibay',
			EGRESS_ALLOWLIST: '127.0.0.1'
		});
		core = await startRealCore([app.url, web.url]);
	}, BOUND.timeout);
	afterAll(async () => {
		await app?.stop();
		await web?.close();
	});

	it('installs the add-on from its manifest URL', async () => {
		// the manifest must deserialize as stremio-core's `Manifest` (src/types/addon/manifest.rs:22):
		// semver `version`, `types`, `resources`, `catalogs`
		const descriptor = await core.install(manifestUrl());
		expect(descriptor).toMatchObject({
			transportUrl: manifestUrl(),
			manifest: { id: 'com.stremio.cftorrent.addon', version: '2.0.0', types: ['movie', 'series'] }
		});
		expect(core.installedAddons()).toContain(manifestUrl());
	});

	it('shows a film’s streams, best quality first, each playable by infohash', async () => {
		const answer = await core.streams('movie', 'tt0111161', manifestUrl());
		// streams are read skip-on-error (src/types/addon/response.rs:128, `VecSkipError`): a stream the
		// core cannot read vanishes, and an answer whose streams all vanish is `Err: EmptyContent`
		expect(answer.type).toBe('Ready');
		const streams = answer.content as CoreStream[];
		expect(streams.map((stream) => stream.name)).toEqual([
			'cf-torrent\n2160p',
			'cf-torrent\n1080p',
			'cf-torrent\n720p'
		]);
		streams.forEach(expectPlayableByInfohash);
		expect(streams[1]).toMatchObject({
			infoHash: SHAWSHANK[2]!.info_hash.toLowerCase(),
			behaviorHints: { bingeGroup: 'cf-torrent-1080p-BluRay' }
		});
		expect(streams[1]!.description).toMatch(
			/^The\.Shawshank\.Redemption\.1994\.1080p\.BluRay\.x264\nBluRay · x264\n.*1200 seeders/
		);
	});

	it('shows only 2160p streams when the configuration allows only 2160p', async () => {
		const configured = configuredUrl('res=2160p|sort=seeders');
		const descriptor = await core.install(configured);
		// the same add-on (one id), which Stremio offers to configure
		expect(descriptor).toMatchObject({
			transportUrl: configured,
			manifest: { id: 'com.stremio.cftorrent.addon', behaviorHints: { configurable: true } }
		});
		const answer = await core.streams('movie', 'tt0111161', configured);
		expect(answer.type).toBe('Ready');
		const streams = answer.content as CoreStream[];
		// the unconfigured add-on offers three qualities of this film (above); this one only the 2160p
		expect(streams.map((stream) => stream.name)).toEqual(['cf-torrent\n2160p']);
		expect(streams[0]).toMatchObject({ infoHash: SHAWSHANK[1]!.info_hash.toLowerCase() });
		expect(streams[0]!.description).toMatch(/BluRay · x265/);
		expect(core.traffic.asked).toContain(
			`${app.url}/api/stremio/res=2160p|sort=seeders/stream/movie/tt0111161.json`
		);
	});

	it('shows a film that only YTS has from the unconfigured add-on (asked by IMDb id)', async () => {
		const answer = await core.streams('movie', 'tt1727587', manifestUrl());
		expect(answer.type).toBe('Ready');
		const streams = answer.content as CoreStream[];
		expect(streams.map((stream) => stream.name)).toEqual(['cf-torrent\n1080p', 'cf-torrent\n720p']);
		streams.forEach(expectPlayableByInfohash);
		expect(streams[0]!.infoHash).toBe('6a9759bffd5c0af65319979fb7832189f4f3c35d');
		expect(streams[0]!.description).toMatch(/found by yts/);
		// a configuration that names its engines asks only those: apibay has no Sintel
		const apibayOnly = configuredUrl('engines=apibay');
		await core.install(apibayOnly);
		expect(await core.streams('movie', 'tt1727587', apibayOnly)).toMatchObject({
			type: 'Err',
			content: { type: 'EmptyContent' }
		});
	});

	it('shows a broken configuration’s error instead of installing it', async () => {
		const broken = configuredUrl('res=8k|exclude=cam');
		const refused = await core.install(broken).then(
			() => null,
			(error: unknown) => String(error)
		);
		// the core shows the install failing on the answer's status; the answer says why
		expect(refused).toMatch(/refused the manifest: .*"type":"Err".*Unexpected HTTP status code 400/);
		const response = await fetch(broken);
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			error: expect.stringMatching(/^invalid configuration: res: unknown resolution 8k/)
		});
		expect(core.installedAddons()).not.toContain(broken);
	});

	it('shows an episode’s streams, asked with the id the core percent-encodes', async () => {
		const answer = await core.streams('series', 'tt14688458:3:6', manifestUrl());
		expect(answer.type).toBe('Ready');
		const streams = answer.content as CoreStream[];
		// the real apibay answer's 12 releases of this episode (the season search finds nothing here)
		expect(streams).toHaveLength(12);
		streams.forEach(expectPlayableByInfohash);
		expect(streams.every((stream) => /S03E06/i.test(stream.description!))).toBe(true);
		// the id goes through `utf8_percent_encode(.., URI_COMPONENT_ENCODE_SET)`, which leaves no `:`
		// (src/addon_transport/http_transport/http_transport.rs:48, src/constants.rs:46)
		expect(core.traffic.asked).toContain(`${app.url}/api/stremio/stream/series/tt14688458%3A3%3A6.json`);
	});

	it('drops a stream that has both title and description, as the control add-on shows', async () => {
		// `description` takes `title` as an alias (src/types/resource/stream.rs:65): both keys are a
		// duplicate field, and streams are read skip-on-error (src/types/addon/response.rs:128)
		const control = `${web.url}/both-keys/manifest.json`;
		await core.install(control);
		const answer = await core.streams('movie', 'tt0111161', control);
		expect(answer).toMatchObject({ type: 'Err', content: { type: 'EmptyContent' } });
		expect(core.traffic.asked).toContain(`${web.url}/both-keys/stream/movie/tt0111161.json`);
	});

	it('never let the core reach anything but the test’s servers', () => {
		const ours = [app.url + '/', web.url + '/both-keys/'];
		expect(core.traffic.asked.every((url) => ours.some((origin) => url.startsWith(origin)))).toBe(true);
		// it did try its default add-ons (Cinemeta among them), which the test fetch refused
		expect(core.traffic.refused.some((url) => url.startsWith('https://v3-cinemeta.strem.io/'))).toBe(true);
	});
});

// The Torznab engine on answers real servers gave (fixtures/README.md cites each): items and their
// torznab:attr fields, .torrent-only items handed back to be fetched, errors as the engine's status, caps.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../engine-samples.ts';
import type { EngineOutcome } from '../types.ts';
import { parseTorznabSources } from './source-list.ts';
import { capsRequest, parseCaps, takesImdbId, torznabEngine } from './torznab.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const BASE = 'http://127.0.0.1:9117/api/v2.0/indexers/all/results/torznab/api?apikey=SECRETKEY';
const engine = torznabEngine({ label: 'jackett', id: 'torznab-jackett', url: BASE });
const url = engine.buildRequest('series title', BASE).url;

function sightings(outcome: EngineOutcome) {
	expect(outcome.kind).toBe('sightings');
	return outcome.kind === 'sightings' ? outcome : { sightings: [], torrentFiles: undefined };
}

describe('torznab engine requests', () => {
	it('asks t=search under the source URL, its apikey kept, /api added where the URL lacks it', () => {
		expect(engine.buildRequest('ubuntu 24.04', BASE).url).toBe(
			'http://127.0.0.1:9117/api/v2.0/indexers/all/results/torznab/api?apikey=SECRETKEY&t=search&q=ubuntu+24.04&extended=1'
		);
		// Jackett's "Copy Torznab Feed" URL ends in /torznab/; Sonarr adds /api the same way.
		const copied = 'http://127.0.0.1:9117/api/v2.0/indexers/tpb/results/torznab/?apikey=K';
		expect(engine.buildRequest('x', copied).url).toMatch(/\/torznab\/api\?apikey=K&t=search&q=x/);
		expect(capsRequest('http://127.0.0.1:9696/12/api?apikey=K').url).toBe(
			'http://127.0.0.1:9696/12/api?apikey=K&t=caps'
		);
	});

	it('asks by IMDb id as title-search hands it: a film, an episode, a season', () => {
		const params = (query: string) =>
			Object.fromEntries(new URL(engine.buildRequest(query, BASE).url).searchParams);
		expect(params('tt0111161')).toMatchObject({ t: 'movie', imdbid: 'tt0111161' });
		expect(params('tt0944947 S03E06')).toMatchObject({
			t: 'tvsearch',
			imdbid: 'tt0944947',
			season: '3',
			ep: '6'
		});
		expect(params('tt0944947 S03')).toMatchObject({ t: 'tvsearch', season: '3' });
		expect(params('tt0944947 S03')).not.toHaveProperty('ep');
		expect(params('the tt0111161 story')).toMatchObject({ t: 'search', q: 'the tt0111161 story' });
	});
});

describe('torznab engine answers', () => {
	it('reads Jackett serving The Pirate Bay: infohash, magnet trackers, seeders, leechers from peers, size', () => {
		const { sightings: found } = sightings(
			engine.parse(sampleAnswer(url, { body: fixture('sonarr-torznab_tpb.xml') }))
		);
		expect(found).toHaveLength(5);
		expect(found[0]).toMatchObject({
			infohash: '9fb267cff5ae5603f07a347676ec3bf3e35f75e1',
			name: 'Series Title S05E02 HDTV x264-Xclusive [eztv]',
			size: 388895872,
			seeders: 34128,
			leechers: 36724 - 34128,
			page: 'https://thepiratebay.se/torrent/11811366/Series_Title_S05E02_HDTV_x264-Xclusive_%5Beztv%5D',
			published: Date.parse('2015-04-11T21:34:00-06:00')
		});
		expect(found[0]!.trackers).toContain('udp://open.demonii.com:1337');
	});

	it('reads Anime Tosho: the infohash attribute before a base32 magnet, size as an attribute', () => {
		const { sightings: found } = sightings(
			engine.parse(sampleAnswer(url, { body: fixture('sonarr-torznab_animetosho.xml') }))
		);
		expect(found.map((s) => [s.infohash, s.size])).toEqual([
			['2d69a861bef5a9f2cdf791b7328e37b7953205e1', 316477946],
			['bff4afebcd50c21949ed6a06323d2120c649bd82', 473987489]
		]);
		expect(found[0]!.page).toBe(
			'https://localhost/view/finfags-_frame_arms_girl_07_-1280x720_tv_aac-_-1262b6f7-mkv.123451'
		);
	});

	it('hands back the .torrent of an item without an infohash (a private tracker through Prowlarr)', () => {
		const outcome = sightings(
			engine.parse(sampleAnswer(url, { body: fixture('prowlarr-torznab_morethantv.xml') }))
		);
		expect(outcome.sightings).toEqual([]);
		expect(outcome.torrentFiles).toHaveLength(2);
		expect(outcome.torrentFiles![0]).toMatchObject({
			url: 'https://www.morethantv.me/torrents.php?action=download&id=(removed)&authkey=(removed)&torrent_pass=(removed)',
			details: {
				name: 'Out of the Past 1947 720p BluRay FLAC2.0 x264-CtrlHD.mkv',
				seeders: 3,
				leechers: 0,
				size: 5412993028
			}
		});
	});

	it('keeps only items filed under the IMDb id it asked for', () => {
		const body = fixture('prowlarr-torznab_morethantv.xml');
		const asked = (id: string) => engine.buildRequest(id, BASE).url;
		expect(sightings(engine.parse(sampleAnswer(asked('tt0039689'), { body }))).torrentFiles).toHaveLength(2);
		expect(sightings(engine.parse(sampleAnswer(asked('tt0111161'), { body }))).torrentFiles).toBeUndefined();
		// HDAccess spells the id as digits alone (`imdb`): the same title either way.
		const hda = fixture('prowlarr-torznab_hdaccess_net.xml');
		const kept = sightings(engine.parse(sampleAnswer(asked('tt3032476 S01E05'), { body: hda }))).sightings;
		expect(kept.length).toBeGreaterThan(0);
	});

	it('never shows a link on the source itself (a download link holding its key) as a page', () => {
		const body = fixture('sonarr-torznab_tpb.xml')
			.replaceAll(
				'<comments>https://thepiratebay.se/',
				'<comments>http://127.0.0.1:9117/dl/tpb/?jackett_apikey=SECRETKEY&amp;path='
			)
			.replaceAll(
				'<guid>https://thepiratebay.se/',
				'<guid>http://127.0.0.1:9117/dl/tpb/?jackett_apikey=SECRETKEY&amp;path='
			);
		const { sightings: found } = sightings(engine.parse(sampleAnswer(url, { body })));
		expect(found.length).toBe(5);
		expect(JSON.stringify(found)).not.toContain('SECRETKEY');
	});

	it('turns a Torznab error into the engine error with its description, whatever the status', () => {
		const body = fixture('sonarr-newznab_unauthorized.xml');
		for (const status of [200, 401])
			expect(engine.parse(sampleAnswer(url, { status, body }))).toEqual({
				kind: 'error',
				reason: 'Incorrect user credentials (Torznab error 100)'
			});
	});

	it('reads HTTP failures as the other engines do, and garbage as nothing', () => {
		expect(engine.parse(sampleAnswer(url, { status: 500, body: 'oops' }))).toEqual({
			kind: 'error',
			reason: 'HTTP 500'
		});
		expect(engine.parse(sampleAnswer(url, { status: 429, body: '' }))).toMatchObject({ kind: 'blocked' });
		expect(engine.parse(sampleAnswer(url, { body: '<html><body>Login</body></html>' }))).toEqual({
			kind: 'error',
			reason: 'unexpected answer shape'
		});
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[<>a-z"'{}[\]:,/ =]*$/)), (body) => {
				const outcome = engine.parse(sampleAnswer(url, { body }));
				expect(
					outcome.kind === 'error' || (outcome.kind === 'sightings' && outcome.sightings.length === 0)
				).toBe(true);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('torznab caps', () => {
	const caps = (body: string) => parseCaps(sampleAnswer(capsRequest(BASE).url, { body }));

	it('reads which searches take an IMDb id', () => {
		// This server's own caps (formats/torznab-caps.golden.xml): both take imdbid, tv-search season and ep.
		const own = readFileSync(new URL('../../formats/torznab-caps.golden.xml', import.meta.url), 'utf8');
		expect(caps(own)).toEqual({ movieImdb: true, tvImdb: true, tvEpisodes: true });
		expect(caps(fixture('prowlarr-torznab_animetosho_caps.xml'))).toEqual({
			movieImdb: false,
			tvImdb: false,
			tvEpisodes: false
		});
		// No supportedParams: Newznab's default, q alone.
		expect(caps(fixture('sonarr-newznab_caps.xml'))).toEqual({
			movieImdb: false,
			tvImdb: false,
			tvEpisodes: false
		});
		expect(takesImdbId({ movieImdb: true, tvImdb: false, tvEpisodes: false }, 'movie')).toBe(true);
		expect(takesImdbId({ movieImdb: true, tvImdb: false, tvEpisodes: false }, 'series')).toBe(false);
	});

	it('reads an error or a page as no caps', () => {
		expect(caps(fixture('sonarr-newznab_unauthorized.xml'))).toBeNull();
		expect(caps('<html>Just a moment...</html>')).toBeNull();
	});
});

describe('TORZNAB_SOURCES', () => {
	it('reads label=url entries, a comma inside a URL written %2C', () => {
		expect(
			parseTorznabSources(
				'jackett=http://127.0.0.1:9117/api/v2.0/indexers/all/results/torznab/api?apikey=KEY, tl=http://127.0.0.1:9696/12/api?apikey=KEY&cat=2000%2C5000'
			)
		).toEqual([
			{
				label: 'jackett',
				id: 'torznab-jackett',
				url: 'http://127.0.0.1:9117/api/v2.0/indexers/all/results/torznab/api?apikey=KEY'
			},
			{ label: 'tl', id: 'torznab-tl', url: 'http://127.0.0.1:9696/12/api?apikey=KEY&cat=2000%2C5000' }
		]);
		expect(parseTorznabSources(undefined)).toEqual([]);
	});

	it('refuses a bad entry naming it, never repeating a URL or key', () => {
		const refusal = (value: string) => {
			const read = parseTorznabSources(value);
			return 'invalid' in read ? read.invalid : null;
		};
		expect(refusal('http://h/api?apikey=hunter2')).toBe(
			'TORZNAB_SOURCES: entry 1 is not label=url (write a comma inside a URL as %2C)'
		);
		expect(refusal('a=http://h/api?apikey=hunter2,My Jackett=http://h/api')).toMatch(
			/^TORZNAB_SOURCES: label "My Jackett" must be 1 to 40 lowercase letters, digits and single dashes$/
		);
		expect(refusal('jackett=ftp://h/api?apikey=hunter2')).toBe(
			'TORZNAB_SOURCES: jackett needs an http(s) URL after jackett= (write a comma inside a URL as %2C)'
		);
		expect(refusal('a=http://h/api?apikey=hunter2,a=http://i/api')).toBe('TORZNAB_SOURCES names a twice');
		for (const value of ['http://h/api?apikey=hunter2', 'jackett=ftp://h/api?apikey=hunter2'])
			expect(refusal(value)).not.toContain('hunter2');
	});
});

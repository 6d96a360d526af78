// Old cf-torrent addresses land on the equivalent search.
import { describe, expect, it } from 'vitest';
import { legacySearchLocation } from './legacy-url.ts';

const old = (path: string) => new URL(path, 'http://cf-torrent.local');

describe('legacySearchLocation', () => {
	it('maps the query and the use_* flags to engine ids', () => {
		expect(
			legacySearchLocation(
				old(
					'/search/torrent/result?query=ubuntu+24.04&use_google=1&use_duckduckgo=on&use_yandex=&use_bing=0&use_thepiratebay=true'
				),
				'magnets'
			)
		).toBe('/search?q=ubuntu+24.04&engines=google%2Cduckduckgo%2Capibay');
	});
	it('opens the web-links view for the old web search and keeps defaults without flags', () => {
		expect(legacySearchLocation(old('/search/web/result?query=silo'), 'links')).toBe(
			'/search?q=silo&view=links'
		);
	});
	it('ignores unknown flags and sends an empty query home', () => {
		expect(
			legacySearchLocation(
				old('/search/torrent/result?query=x&use_altavista=1&use_torrents_csv=1'),
				'magnets'
			)
		).toBe('/search?q=x&engines=torrents-csv');
		expect(legacySearchLocation(old('/search/torrent/result?use_google=1'), 'magnets')).toBe('/');
	});
});

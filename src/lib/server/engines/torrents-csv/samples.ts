// The answers the torrents-csv engine is tested on. No real capture exists: the answer is hand-written
// after the shape of torrents-csv.com's /service/search that its clients read ({ torrents: [{ rowid,
// infohash, name, size_bytes, created_unix, seeders, leechers, completed, scraped_date }], next }).
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: [],
	results: [
		{
			about: 'a /service/search answer in the current { torrents, next } shape',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				torrents: [
					{
						rowid: 1717,
						infohash: 'd160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
						name: 'ubuntu-24.04.3-desktop-amd64.iso',
						size_bytes: 6345887744,
						created_unix: 1754524800,
						seeders: 412,
						leechers: 9,
						completed: 5000,
						scraped_date: 1763900000
					}
				],
				next: 1717
			})
		}
	],
	blocked: [
		{
			about: 'a Cloudflare Turnstile challenge served in place of the JSON',
			headers: { 'content-type': 'text/html' },
			body: '<html><body><div class="cf-turnstile" data-sitekey="0x4AAA"></div></body></html>'
		}
	]
};

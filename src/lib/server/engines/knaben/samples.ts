// The answers the knaben engine is tested on. No real capture exists: the answer is hand-written after
// the shape Knaben's v1 API documents and its clients read (total, max_score, hits[] with title, hash,
// magnetUrl, bytes, seeders, peers, details, tracker), hash null where a source gives only a magnet.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: [],
	results: [
		{
			about: 'a v1 answer with a hash-only hit and a magnet-only hit',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				total: { relation: 'eq', value: 2 },
				max_score: null,
				hits: [
					{
						id: 'a1',
						title: 'ubuntu-24.04.3-desktop-amd64.iso',
						hash: 'D160B8D8EA35A5B4E52837468FC8F03D55CEF1F7',
						magnetUrl: null,
						bytes: 6345887744,
						seeders: 310,
						peers: 12,
						date: '2025-08-07T00:00:00+00:00',
						details: 'https://thepiratebay.org/description.php?id=80000000',
						tracker: 'The Pirate Bay',
						category: 'Applications',
						categoryId: [4001000],
						virusDetection: 0,
						score: null
					},
					{
						id: 'a2',
						title: 'Silo S03E04 1080p WEB h264-CAKES',
						hash: null,
						magnetUrl:
							'magnet:?xt=urn:btih:93a8760c99f346fb9e24bada88b113397423e348&dn=silo&tr=udp%3A%2F%2Fopen.stealth.si%3A80%2Fannounce',
						bytes: 3000000000,
						seeders: 900,
						peers: 80,
						details: 'https://1337x.to/torrent/1/silo/',
						tracker: '1337x',
						score: null
					}
				]
			})
		}
	],
	blocked: [
		{
			about: 'a Cloudflare challenge page served in place of the JSON',
			headers: { 'content-type': 'text/html' },
			body: '<html><body><script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1"></script></body></html>'
		}
	]
};

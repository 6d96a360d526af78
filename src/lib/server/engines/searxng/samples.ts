// The answers the searxng engine is tested on. No real capture exists: the answer is hand-written after
// SearXNG's JSON format (searxng/searxng, searx/webapp.py and the torrent result type its engines such
// as searx/engines/bt4g.py fill: url, title, magnetlink, seed, leech, filesize).
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: [],
	results: [
		{
			about: 'a JSON answer mixing a torrent result and a web result',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				query: 'ubuntu',
				number_of_results: 0,
				results: [
					{
						url: 'https://bt4gprx.com/magnet/d160b8d8ea35a5b4e52837468fc8f03d55cef1f7',
						title: 'ubuntu-24.04.3-desktop-amd64.iso',
						engine: 'bt4g',
						template: 'torrent.html',
						magnetlink:
							'magnet:?xt=urn:btih:D160B8D8EA35A5B4E52837468FC8F03D55CEF1F7&dn=ubuntu-24.04.3-desktop-amd64.iso&tr=udp%3A%2F%2Ftracker.opentrackr.org%3A1337%2Fannounce',
						seed: 120,
						leech: '7',
						filesize: '5.9 GiB',
						category: 'files'
					},
					{ url: 'https://site.example/ubuntu', title: 'Ubuntu', engine: 'duckduckgo', category: 'general' }
				],
				answers: [],
				suggestions: [],
				unresponsive_engines: []
			})
		}
	],
	// An instance blocks with plain statuses: its limiter answers 429, a refused JSON format 403.
	blocked: []
};

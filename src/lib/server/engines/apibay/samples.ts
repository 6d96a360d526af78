// The answers the apibay engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['apis/apibay-search.json', 'apis/apibay-search-2.json'],
	blocked: [
		{
			about: 'a Cloudflare Turnstile challenge served in place of the JSON',
			headers: { 'content-type': 'text/html' },
			body: '<html><body><div class="cf-turnstile" data-sitekey="0x4AAA"></div></body></html>'
		}
	]
};

// The answers the nyaa engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['apis/nyaa-rss.xml'],
	emptyCaptures: ['apis/nyaa-rss-empty.xml'],
	blocked: [
		{
			about: 'a Cloudflare challenge page served in place of the feed',
			headers: { 'content-type': 'text/html' },
			body: '<html><body><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>'
		}
	]
};

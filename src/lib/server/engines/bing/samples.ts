// The answers the bing engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['serp/bing-2026.html'],
	blocked: [
		{
			about: 'a redirect to the /turing/captcha/ challenge Bing sends a suspected bot',
			status: 302,
			headers: { location: '/turing/captcha/challenge?q=ubuntu' },
			body: ''
		},
		{
			about: 'a page framing the /turing/captcha/ challenge instead of results',
			body: '<html><body><div id="b_content"><iframe src="/turing/captcha/challenge?q=ubuntu"></iframe></div></body></html>'
		}
	]
};

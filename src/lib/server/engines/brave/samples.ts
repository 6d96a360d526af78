// The answers the brave engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['serp/brave-rendered-2026.html'],
	blocked: [
		{
			about: "a redirect to Brave's captcha page, where it sends clients it distrusts",
			status: 302,
			headers: { location: '/search/captcha?q=ubuntu' },
			body: ''
		},
		{
			about: 'a captcha page served in place of results (a form posting to a captcha endpoint)',
			body: '<html><body><form method="post" action="/search/captcha/verify"><button>I am human</button></form></body></html>'
		}
	]
};

// The answers the mojeek engine is tested on.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: ['serp/mojeek-2026.html'],
	blocked: [
		{
			about: 'the 403 page Mojeek answers automated queries with',
			status: 403,
			body: '<html><body><p>Sorry, your network appears to be sending automated queries.</p></body></html>'
		},
		{
			about: 'the ALTCHA captcha page Mojeek serves with status 200 in place of results',
			status: 200,
			body: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Captcha</title>
<script type="module" src="/js/altcha.min.js" async defer></script></head>
<body><div class="captcha-wrap"><h1>Are you a robot?</h1>
<form method="post" action="/search?q=ubuntu"><altcha-widget challengeurl="/altcha/challenge"></altcha-widget>
<button type="submit">Continue</button></form></div></body></html>`
		}
	]
};

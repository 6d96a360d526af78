// The answers the google engine is tested on. No real capture exists: the result page is hand-written
// after the selectors of SearXNG's google engine (searxng/searxng, searx/engines/google.py: result
// containers `div[jscontroller*="SC7lYd"]` with `a[h3]`, newer markup `div.MjjYud` with `div[role=link]`
// titles, hrefs direct or as /url?q=), and the block answers after its detect_google_sorry().
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: [],
	results: [
		{
			about: 'a progressive-UI result page in the SearXNG-modelled markup',
			body: `<div id="rso"><div class="MjjYud"><div class="g"><div class="yuRUbf"><a href="/url?q=https://site.example/post/1&amp;sa=U&amp;ved=2ah"><div role="link">Post one</div></a></div>
<div data-sncf="1">Ubuntu 24.04 desktop magnet</div></div></div>
<div class="MjjYud"><div jscontroller="SC7lYd"><a href="https://other.example/ubuntu"><h3>Other</h3></a><div data-sncf="1">more</div></div></div>
<div class="MjjYud"><a href="/search?q=ubuntu+iso&amp;tbm=vid"><h3>Videos</h3></a></div></div>`
		}
	],
	blocked: [
		{
			about: 'the redirect to the /sorry/ "unusual traffic" captcha',
			status: 302,
			headers: {
				location: 'https://www.google.com/sorry/index?continue=https://www.google.com/search%3Fq%3Dubuntu'
			},
			body: ''
		},
		{
			about: 'the redirect to consent.google.com that EU visitors get first',
			status: 303,
			headers: { location: 'https://consent.google.com/ml?continue=https://www.google.com/search' },
			body: ''
		},
		{
			about: 'the JavaScript wall: a page whose only way on is a refresh to /httpservice/retry/enablejs',
			body: '<html><body><noscript><meta content="0;url=/httpservice/retry/enablejs?sei=abc" http-equiv="refresh"></noscript></body></html>'
		}
	]
};

// The answers the yandex engine is tested on. No real capture exists: the result page is hand-written
// after the selectors of SearXNG's yandex engine (searxng/searxng, searx/engines/yandex.py:
// `li.serp-item`, `a.b-serp-item__title-link`), the blocks after its x-yandex-captcha check and the
// showcaptcha redirect Yandex sends clients it distrusts.
import type { EngineSamples } from '../engine-samples.ts';

export const samples: EngineSamples = {
	captures: [],
	results: [
		{
			about: 'a site-search widget result page in the SearXNG-modelled markup',
			body: `<ul class="b-serp-list"><li class="b-serp-item serp-item"><h3 class="b-serp-item__title"><a class="b-serp-item__title-link" href="https://site.example/post/1"><span>Post</span></a></h3>
<div class="b-serp-item__content"><div class="b-serp-item__text">Ubuntu magnet</div></div></li>
<li class="b-serp-item serp-item"><h3 class="b-serp-item__title"><a class="b-serp-item__title-link" href="https://yandex.com/search/?text=more"><span>More</span></a></h3></li></ul>`
		}
	],
	blocked: [
		{
			about: 'the redirect to showcaptcha Yandex sends a suspected bot',
			status: 302,
			headers: { location: 'https://yandex.com/showcaptcha?cc=1&retpath=https%3A//yandex.com/search/site/' },
			body: ''
		},
		{
			about: 'a captcha page marked with the x-yandex-captcha header, as SearXNG checks',
			headers: { 'x-yandex-captcha': 'captcha' },
			body: '<html><body><form action="/checkcaptcha"></form></body></html>'
		}
	]
};

// Yandex (yandex.com/search/site/): reads the result links of Yandex's site-search widget, the page
// SearXNG's yandex engine reads, because it answers without JavaScript (`li.serp-item
// a.b-serp-item__title-link`). Yandex has its own index, strong on Eastern European sites, but sends
// servers to a captcha (showcaptcha) early; off by default.
import { captcha, looksLikeChallenge, redirectTarget, statusOutcome } from '../shared/answer-status.ts';
import { endpoint } from '../shared/request-url.ts';
import { hrefsAt, resultLinks } from '../shared/result-links.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

export const yandex: Engine = {
	...engineIdentity('yandex'),
	buildRequest(query, baseUrl) {
		// searchid names a public site-search configuration that searches the whole web.
		const params = {
			text: query,
			web: '1',
			frame: '1',
			searchid: '3131712',
			tmpl_version: 'releases',
			lang: 'en'
		};
		return { url: endpoint(baseUrl, '/search/site/', params) };
	},
	parse(answer) {
		if (redirectTarget(answer)?.pathname.includes('showcaptcha')) return captcha('showcaptcha redirect');
		if (answer.headers.get('x-yandex-captcha') === 'captcha') return captcha('captcha page');
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (/checkcaptcha|showcaptcha/.test(answer.body) || looksLikeChallenge(answer.body))
			return captcha('captcha page');
		const hrefs = hrefsAt(answer.body, 'li.serp-item a.b-serp-item__title-link');
		return {
			kind: 'links',
			links: resultLinks(hrefs, { base: answer.url, ownHosts: ['yandex.com', 'yandex.ru', 'ya.ru'] })
		};
	}
};

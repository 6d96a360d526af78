// Brave Search (search.brave.com/search): reads the first link of each web result snippet
// (`div.snippet[data-type="web"]`). Brave has its own index, so it finds pages the Bing-fed engines
// miss, but it rate-limits servers quickly (HTTP 429), hence off by default.
import { loadMarkup } from '#lib/server/markup.ts';
import { captcha, looksLikeChallenge, redirectTarget, statusOutcome } from '../shared/answer-status.ts';
import { endpoint } from '../shared/request-url.ts';
import { resultLinks } from '../shared/result-links.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

export const brave: Engine = {
	...engineIdentity('brave'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/search', { q: query, source: 'web' }) };
	},
	parse(answer) {
		// Brave sends a client it distrusts to a proof-of-work captcha page.
		if (/captcha/i.test(redirectTarget(answer)?.pathname ?? '')) return captcha('captcha redirect');
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (looksLikeChallenge(answer.body)) return captcha('captcha page');
		const $ = loadMarkup(answer.body);
		const hrefs = $('div.snippet[data-type="web"]')
			.map((_, snippet) => $(snippet).find('a[href^="http"]').first().attr('href'))
			.get();
		return { kind: 'links', links: resultLinks(hrefs, { base: answer.url, ownHosts: ['brave.com'] }) };
	}
};

// Mojeek (www.mojeek.com/search): reads the result links (`ul.results-standard li a.ob`). Mojeek runs
// its own crawler and index and answers servers with plain HTML; when it distrusts a client it answers
// 403, or a captcha page (ALTCHA) with status 200 in place of results: both are blocks.
import { loadMarkup } from '#lib/server/markup.ts';
import { captcha, looksLikeChallenge, statusOutcome } from '../shared/answer-status.ts';
import { endpoint } from '../shared/request-url.ts';
import { hrefsAt, resultLinks } from '../shared/result-links.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

export const mojeek: Engine = {
	...engineIdentity('mojeek'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/search', { q: query }) };
	},
	parse(answer) {
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (looksLikeChallenge(answer.body)) return captcha('captcha page');
		const $ = loadMarkup(answer.body);
		// Its captcha page is titled so and wraps the widget, which a script loads (an absent element then).
		if ($('title').text().trim() === 'Captcha' || $('div.captcha-wrap').length > 0)
			return captcha('captcha page');
		const hrefs = hrefsAt($, 'ul.results-standard li a.ob');
		return { kind: 'links', links: resultLinks(hrefs, { base: answer.url, ownHosts: ['mojeek.com'] }) };
	}
};

// Mojeek (www.mojeek.com/search): reads the result links (`ul.results-standard li a.ob`). Mojeek runs
// its own crawler and index and answers servers with plain HTML; when it distrusts a client it answers
// 403, which we take as a block.
import * as cheerio from 'cheerio/slim';
import { captcha, looksLikeChallenge, statusOutcome } from '../shared/answer-status.ts';
import { BROWSER_HEADERS, endpoint } from '../shared/request-url.ts';
import { resultLinks } from '../shared/result-links.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

export const mojeek: Engine = {
	...engineIdentity('mojeek'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/search', { q: query }), headers: BROWSER_HEADERS };
	},
	parse(answer) {
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (looksLikeChallenge(answer.body)) return captcha('captcha page');
		const $ = cheerio.load(answer.body);
		const hrefs = $('ul.results-standard li a.ob')
			.map((_, anchor) => $(anchor).attr('href'))
			.get();
		return { kind: 'links', links: resultLinks(hrefs, { base: answer.url, ownHosts: ['mojeek.com'] }) };
	}
};

// Bing (www.bing.com/search): reads the organic result links (`li.b_algo h2 a`), which Bing wraps in
// its bing.com/ck/a click tracker carrying the target as `u=a1<base64url>`. Bing serves servers a
// plain HTML page, so it is one of the default web engines.
import { captcha, looksLikeChallenge, redirectTarget, statusOutcome } from '../shared/answer-status.ts';
import { endpoint } from '../shared/request-url.ts';
import { hrefsAt, resultLinks } from '../shared/result-links.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

function unwrap(url: URL): string | null {
	if (url.pathname !== '/ck/a') return null;
	const wrapped = url.searchParams.get('u');
	return wrapped?.startsWith('a1') ? Buffer.from(wrapped.slice(2), 'base64url').toString('utf8') : null;
}

// Bing's human check lives under /turing/captcha/; it is either redirected to or framed in the page.
const CHALLENGE = /\/turing\/captcha\//;

export const bing: Engine = {
	...engineIdentity('bing'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/search', { q: query }) };
	},
	parse(answer) {
		if (CHALLENGE.test(redirectTarget(answer)?.pathname ?? '')) return captcha('captcha redirect');
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (CHALLENGE.test(answer.body) || looksLikeChallenge(answer.body)) return captcha('captcha page');
		const hrefs = hrefsAt(answer.body, 'li.b_algo h2 a');
		return { kind: 'links', links: resultLinks(hrefs, { base: answer.url, unwrap, ownHosts: ['bing.com'] }) };
	}
};

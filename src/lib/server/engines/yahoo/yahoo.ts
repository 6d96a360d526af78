// Yahoo Search (search.yahoo.com/search): reads the organic result links (`div.algo-sr .compTitle a`),
// which Yahoo wraps in r.search.yahoo.com/…/RU=<encoded target>/RK=…. Its results come from Bing, so it
// is a fallback when Bing itself refuses us rather than a source of new pages; off by default.
import { captcha, looksLikeChallenge, redirectTarget, statusOutcome } from '../shared/answer-status.ts';
import { endpoint } from '../shared/request-url.ts';
import { hrefsAt, resultLinks } from '../shared/result-links.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

function unwrap(url: URL): string | null {
	if (url.hostname !== 'r.search.yahoo.com') return null;
	const wrapped = /\/RU=([^/]+)\//.exec(url.pathname);
	if (!wrapped) return null;
	try {
		return decodeURIComponent(wrapped[1]!);
	} catch {
		return null;
	}
}

export const yahoo: Engine = {
	...engineIdentity('yahoo'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/search', { p: query }) };
	},
	parse(answer) {
		// Visitors from the EU are first sent to a consent form that needs a browser to pass.
		if (redirectTarget(answer)?.hostname.startsWith('consent.')) return captcha('consent page');
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (looksLikeChallenge(answer.body)) return captcha('captcha page');
		const hrefs = hrefsAt(answer.body, 'div.algo-sr .compTitle a');
		return {
			kind: 'links',
			links: resultLinks(hrefs, { base: answer.url, unwrap, ownHosts: ['search.yahoo.com'] })
		};
	}
};

// DuckDuckGo's HTML-only endpoint (html.duckduckgo.com/html/): reads the organic result links, which
// DuckDuckGo wraps in its own //duckduckgo.com/l/?uddg=<target> redirect. It answers without JavaScript
// and is the most tolerant of a server asking, which makes it the first web engine we ask.
import { loadMarkup } from '#lib/server/markup.ts';
import { captcha, statusOutcome } from '../shared/answer-status.ts';
import { endpoint } from '../shared/request-url.ts';
import { hrefsAt, resultLinks } from '../shared/result-links.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

function unwrap(url: URL): string | null {
	return url.pathname === '/l/' ? url.searchParams.get('uddg') : null;
}

export const duckduckgo: Engine = {
	...engineIdentity('duckduckgo'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/html/', { q: query }) };
	},
	parse(answer) {
		// DuckDuckGo answers a suspected bot with 202 and an "anomaly" challenge instead of results.
		if (answer.status === 202) return captcha('bot check (HTTP 202)');
		const failure = statusOutcome(answer);
		if (failure) return failure;
		const $ = loadMarkup(answer.body);
		if ($('.anomaly-modal, #challenge-form, form[action*="anomaly"]').length > 0)
			return captcha('anomaly challenge page');
		// ads are result blocks too, marked as such
		const hrefs = hrefsAt($, 'a.result__a:not(.result--ad *)');
		return {
			kind: 'links',
			links: resultLinks(hrefs, { base: answer.url, unwrap, ownHosts: ['duckduckgo.com'] })
		};
	}
};

// Google (www.google.com/search): reads the organic result links. Since 2025 Google answers ordinary
// clients with a JavaScript wall; the endpoint that still answers is the one its own search app's
// "progressive" UI calls (asearch=arc, async=arc_id:…,_fmt:prog) with the app's user agent, as SearXNG's
// google engine does today. Links come as /url?q=<target> or direct. Google blocks servers soonest
// (the /sorry/ captcha), so it is off by default.
import { loadMarkup } from '#lib/server/markup.ts';
import { captcha, redirectTarget, statusOutcome } from '../shared/answer-status.ts';
import { endpoint } from '../shared/request-url.ts';
import { resultLinks } from '../shared/result-links.ts';
import type { Engine, EngineAnswer, EngineOutcome } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const SEARCH_APP_AGENT =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/399.2.845414227 Mobile/15E148 Safari/604.1';
const ARC_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-';

// The app sends a random 23-character id per results session; a fresh one per search is as plausible.
function arcId(): string {
	return [...crypto.getRandomValues(new Uint8Array(23))]
		.map((byte) => ARC_ID_ALPHABET[byte % ARC_ID_ALPHABET.length])
		.join('');
}

function unwrap(url: URL): string | null {
	return url.pathname === '/url' ? (url.searchParams.get('q') ?? url.searchParams.get('url')) : null;
}

function blockedAt(answer: EngineAnswer): EngineOutcome | null {
	const target = redirectTarget(answer);
	if (target?.hostname === 'sorry.google.com' || target?.pathname.startsWith('/sorry'))
		return captcha('"unusual traffic" captcha');
	if (target?.hostname.startsWith('consent.')) return captcha('consent page');
	return null;
}

export const google: Engine = {
	...engineIdentity('google'),
	buildRequest(query, baseUrl) {
		const params = {
			q: query,
			hl: 'en-US',
			ie: 'utf8',
			oe: 'utf8',
			filter: '0',
			start: '0',
			asearch: 'arc',
			async: `arc_id:srp_${arcId()}_100,use_ac:true,_fmt:prog`
		};
		return {
			url: endpoint(baseUrl, '/search', params),
			headers: { 'user-agent': SEARCH_APP_AGENT, accept: '*/*', cookie: 'CONSENT=YES+' }
		};
	},
	parse(answer) {
		const failure = blockedAt(answer) ?? statusOutcome(answer);
		if (failure) return failure;
		if (/\/httpservice\/retry\/enablejs/.test(answer.body)) return captcha('JavaScript wall');
		const $ = loadMarkup(answer.body);
		if ($('#captcha-form, form[action*="/sorry/"]').length > 0) return captcha('"unusual traffic" captcha');
		const hrefs = $('div.MjjYud, div[jscontroller*="SC7lYd"], div.g')
			.map((_, result) => $(result).find('a:has(h3), a:has(div[role="link"])').first().attr('href'))
			.get();
		return {
			kind: 'links',
			links: resultLinks(hrefs, {
				base: answer.url,
				unwrap,
				ownHosts: ['google.com', 'googleusercontent.com', 'gstatic.com']
			})
		};
	}
};

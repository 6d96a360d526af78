// Startpage (www.startpage.com/sp/search): Google's results without Google's walls. The page carries
// its results as data inside a script: regions with a `display_type` ("web-google", "ads-google-top", …)
// holding results with a `clickUrl`. We read the clickUrls of the web regions only, so ads stay out.
// The data is JSON in the live page and a JavaScript object literal in a prettified one; the scanner
// below reads both spellings rather than evaluating the script.
import { refuse, z } from '#lib/zod.ts';
import { captcha, looksLikeChallenge, redirectTarget, statusOutcome } from '../shared/answer-status.ts';
import { endpoint } from '../shared/request-url.ts';
import { resultLinks } from '../shared/result-links.ts';
import type { Engine } from '../types.ts';
import { engineIdentity } from '#lib/engine-ids.ts';

const REGION = /["']?display_type["']?\s*:\s*(["'])([\w-]+)\1/g;
const CLICK_URL = /["']?clickUrl["']?\s*:\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g;

const jsonString = z.pipe(
	z.string(),
	z.transform((raw: string, ctx) => {
		try {
			return z.string().parse(JSON.parse(`"${raw}"`));
		} catch {
			return refuse(ctx, 'not a string literal');
		}
	})
);

/** The clickUrls of every region whose display_type starts with "web-". */
function webClickUrls(body: string): string[] {
	const regions = [...body.matchAll(REGION)];
	const urls: string[] = [];
	regions.forEach((region, index) => {
		if (!region[2]!.startsWith('web-')) return;
		const text = body.slice(region.index, regions[index + 1]?.index ?? body.length);
		for (const match of text.matchAll(CLICK_URL)) {
			// A single-quoted literal escapes its quotes; read both as one JSON string.
			const literal = jsonString.safeParse(
				match[1] ?? match[2]!.replaceAll("\\'", "'").replaceAll('"', '\\"')
			);
			if (literal.success) urls.push(literal.data);
		}
	});
	return urls;
}

export const startpage: Engine = {
	...engineIdentity('startpage'),
	buildRequest(query, baseUrl) {
		return { url: endpoint(baseUrl, '/sp/search', { query, cat: 'web' }) };
	},
	parse(answer) {
		// SearXNG's startpage engine: a suspected bot is redirected to /sp/captcha.
		if (redirectTarget(answer)?.pathname.startsWith('/sp/captcha')) return captcha('captcha redirect');
		const failure = statusOutcome(answer);
		if (failure) return failure;
		if (looksLikeChallenge(answer.body)) return captcha('captcha page');
		return {
			kind: 'links',
			links: resultLinks(webClickUrls(answer.body), { base: answer.url, ownHosts: ['startpage.com'] })
		};
	}
};

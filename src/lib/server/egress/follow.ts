// Sends a request and follows its redirects, judging every hop's URL before it is fetched.
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { collectBody } from './body.ts';
import { CHALLENGE_SNIFF_BYTES, challengeReason, challengeVendor, hasChallengeMarkers } from './challenge.ts';
import { REDIRECT_STATUSES, discard, header, send, streamResponseBody, type Response } from './exchange.ts';
import type { FetchFailure } from './failure.ts';
import type { Transport } from './transport.ts';
import type { UntrustedUrl } from './untrusted-url.ts';

export const MAX_REDIRECTS = 5;

/** What is sent to the first URL; a POST's body is sent again only where a browser would (307, 308). */
export interface FirstRequest {
	headers: Record<string, string>;
	method?: 'GET' | 'POST';
	body?: string;
}

/** Sends `start` and follows its redirects, each judged anew, to a 2xx response whose body is unread. */
export async function follow(
	transport: Transport,
	start: string,
	judge: (raw: string, base?: string) => UntrustedUrl,
	first: FirstRequest,
	signal: AbortSignal
): Promise<Outcome<{ url: string; response: Response }, FetchFailure>> {
	let current = start;
	let base: string | undefined;
	let { method, body, headers } = first;
	for (let redirects = 0; ; redirects++) {
		const judged = judge(current, base);
		if (!judged.ok) return fail({ url: resolved(current, base), ...judged.error });
		const url = judged.value;
		const response = await send(transport, url, { method, headers, body, signal });
		const location = header(response, 'location');
		if (REDIRECT_STATUSES.has(response.status) && location !== null) {
			await discard(response);
			if (redirects === MAX_REDIRECTS)
				return fail({ url: url.href, reason: 'too-many-redirects', message: 'too many redirects' });
			// As the Fetch standard says: a 303, or a 301/302 after a POST, is asked again as a GET without a body.
			if (
				response.status === 303 ||
				(method === 'POST' && response.status !== 307 && response.status !== 308)
			) {
				method = 'GET';
				body = undefined;
				headers = withoutBodyHeaders(headers);
			}
			current = location;
			base = url.href;
			continue;
		}
		if (response.status < 200 || response.status > 299) {
			// Only a 403 or 503 from Cloudflare or DDoS-Guard is read, and only its head: other errors cost nothing.
			const vendor = challengeVendor(response.status, header(response, 'server'));
			if (vendor) {
				const head = await collectBody(streamResponseBody(response, CHALLENGE_SNIFF_BYTES, true));
				if (hasChallengeMarkers(head.toString('latin1')))
					return fail({ url: url.href, reason: 'challenge', message: challengeReason(vendor) });
				return fail({ url: url.href, reason: 'http-status', message: `HTTP ${response.status}` });
			}
			await discard(response);
			return fail({ url: url.href, reason: 'http-status', message: `HTTP ${response.status}` });
		}
		return ok({ url: url.href, response });
	}
}

function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
	return Object.fromEntries(
		Object.entries(headers).filter(([name]) => !/^content-(type|encoding|language|location)$/.test(name))
	);
}

/** A redirect target as absolute as it can be made, for reporting. */
function resolved(raw: string, base?: string): string {
	return URL.parse(raw, base)?.href ?? raw;
}

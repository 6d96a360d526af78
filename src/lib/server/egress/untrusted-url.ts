// Reads a URL that came from remote content the way a browser would (WHATWG URL), so every spelling of
// a host is judged in its one canonical form before anything connects.
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { isForbiddenAddress, isLocalName, parseAddress, type Allowlist } from './address-policy.ts';

export type UntrustedUrl = Outcome<URL, { reason: 'bad-url' | 'forbidden-address'; message: string }>;

/**
 * Parses `raw` (relative to `base` for redirects), keeping http(s) only. Credentials are dropped: a link
 * from a stranger has no business making us send a password anywhere. A literal IP host is judged here;
 * a name is judged on what it resolves to, at connect time.
 */
export function parseUntrustedUrl(raw: string, allowlist: Allowlist, base?: string): UntrustedUrl {
	let url: URL;
	try {
		url = new URL(raw.trim(), base);
	} catch {
		return fail({ reason: 'bad-url', message: 'invalid URL' });
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		return fail({ reason: 'bad-url', message: `${url.protocol.slice(0, -1)} links are not fetched` });
	if (url.hostname === '') return fail({ reason: 'bad-url', message: 'URL without a host' });
	url.username = '';
	url.password = '';
	url.hash = '';
	const literal = parseAddress(url.hostname);
	if (literal !== null && isForbiddenAddress(literal, allowlist))
		return fail({ reason: 'forbidden-address', message: 'private or reserved address' });
	if (literal === null && isLocalName(url.hostname) && isForbiddenAddress('127.0.0.1', allowlist))
		return fail({ reason: 'forbidden-address', message: 'local host name' });
	return ok(url);
}

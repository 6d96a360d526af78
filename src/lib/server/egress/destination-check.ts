// Judges a URL from remote content that another program will fetch for us (FlareSolverr): the same rules
// as our own connections (http(s), no private or reserved address in any spelling, EGRESS_ALLOWLIST), and
// since that program resolves the name itself, every address the name resolves to is checked first.
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { isForbiddenAddress, parseAddress, type Allowlist } from './address-policy.ts';
import type { Resolve } from './checked-lookup.ts';
import type { FetchFailure } from './failure.ts';
import { parseUntrustedUrl } from './untrusted-url.ts';

export async function checkUntrustedDestination(
	raw: string,
	allowlist: Allowlist,
	resolve: Resolve
): Promise<Outcome<URL, FetchFailure>> {
	const parsed = parseUntrustedUrl(raw, allowlist);
	if (!parsed.ok) return fail({ url: raw, ...parsed.error });
	const url = parsed.value;
	const host = url.hostname.replace(/^\[|\]$/g, '');
	if (parseAddress(host) !== null) return ok(url);
	let addresses: { address: string }[];
	try {
		addresses = await resolve(host, 0);
	} catch {
		return fail({ url: url.href, reason: 'network', message: 'host not found' });
	}
	if (addresses.length === 0) return fail({ url: url.href, reason: 'network', message: 'host not found' });
	if (addresses.some(({ address }) => isForbiddenAddress(address, allowlist)))
		return fail({
			url: url.href,
			reason: 'forbidden-address',
			message: `${host} is a private or reserved address`
		});
	return ok(url);
}

// Where a tracker or peer may be reached: the same address policy as for untrusted links, applied to the
// address a name resolves to before any packet leaves, for UDP and TCP alike.
import { isIP } from 'node:net';
import {
	allowedAddresses,
	isForbiddenAddress,
	isLocalName,
	type Allowlist,
	type Resolve
} from '#lib/server/egress/index.ts';

export type AllowedAddress =
	| { ok: true; address: string; family: 4 | 6 }
	| { ok: false; reason: 'forbidden' | 'unresolved'; message: string };

function bare(host: string): string {
	return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/**
 * Resolves a host (as WHATWG URL spelled it) to one address packets may go to, by egress's own rule
 * (allowedAddresses): the caller sends to the literal address returned here, so nothing resolves the
 * name a second time.
 */
export async function allowedAddress(
	host: string,
	allowlist: Allowlist,
	resolve: Resolve
): Promise<AllowedAddress> {
	const literal = bare(host);
	const family = isIP(literal);
	if (family !== 0) {
		return isForbiddenAddress(literal, allowlist)
			? { ok: false, reason: 'forbidden', message: `${host} is a private or reserved address` }
			: { ok: true, address: literal, family: family as 4 | 6 };
	}
	// Judged as loopback without a lookup, as for HTTP: asking a resolver would send the name off the machine.
	if (isLocalName(literal)) {
		return isForbiddenAddress('127.0.0.1', allowlist)
			? { ok: false, reason: 'forbidden', message: `${host} is a local host name` }
			: { ok: true, address: '127.0.0.1', family: 4 };
	}
	let allowed;
	try {
		allowed = await allowedAddresses(literal, 0, allowlist, resolve);
	} catch (error) {
		return { ok: false, reason: 'unresolved', message: `${host}: ${(error as Error).message}` };
	}
	if (!allowed.ok) {
		return allowed.error === 'unresolved'
			? { ok: false, reason: 'unresolved', message: `no address for ${host}` }
			: { ok: false, reason: 'forbidden', message: `${host} resolves to a private or reserved address` };
	}
	const [first] = allowed.value;
	return { ok: true, address: first.address, family: first.family === 6 ? 6 : 4 };
}

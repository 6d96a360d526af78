// The checks on untrusted links' connections: the addresses a name resolves to are judged inside the
// connection itself, so what was checked is what is connected to (no window between a check and a second
// lookup), and a literal address is judged before connecting.
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { isForbiddenAddress, type Allowlist } from './address-policy.ts';

/** Resolves a host name to every address it has, like `dns.lookup(name, { all: true })`. */
export type Resolve = (hostname: string, family: 0 | 4 | 6) => Promise<LookupAddress[]>;

export const systemResolve: Resolve = (hostname, family) => dnsLookup(hostname, { all: true, family });

/** A connection refused because the host is, or resolves to, an address links may not reach. */
export class ForbiddenAddressError extends Error {
	readonly code = 'EGRESS_FORBIDDEN_ADDRESS';
	constructor(readonly host: string) {
		super(`${host} is a private or reserved address`);
		this.name = 'ForbiddenAddressError';
	}
}

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;

/**
 * Every address a name resolves to, refused whole when any is forbidden: a name that mixes public and
 * private addresses is either misconfigured or aimed at us, and Happy Eyeballs could pick any of them.
 * The one rule for every way out (HTTP through checkedLookup, trackers and peers in swarm); a resolver
 * that fails rejects.
 */
export async function allowedAddresses(
	hostname: string,
	family: 0 | 4 | 6,
	allowlist: Allowlist,
	resolve: Resolve
): Promise<Outcome<[LookupAddress, ...LookupAddress[]], 'unresolved' | 'forbidden'>> {
	const addresses = await resolve(hostname, family);
	const [first, ...rest] = addresses;
	if (first === undefined) return fail('unresolved');
	if (addresses.some(({ address }) => isForbiddenAddress(address, allowlist))) return fail('forbidden');
	return ok([first, ...rest]);
}

/** A `lookup` for `net.connect` that keeps to allowedAddresses. */
export function checkedLookup(allowlist: Allowlist, resolve: Resolve = systemResolve) {
	return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
		const family = options.family === 4 || options.family === 6 ? options.family : 0;
		allowedAddresses(hostname, family, allowlist, resolve).then(
			(allowed) => {
				if (!allowed.ok && allowed.error === 'unresolved') {
					callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
				} else if (!allowed.ok) {
					callback(new ForbiddenAddressError(hostname), []);
				} else if (options.all) {
					callback(null, allowed.value);
				} else {
					callback(null, allowed.value[0].address, allowed.value[0].family);
				}
			},
			(error: Error) => callback(error, [])
		);
	};
}

/** Why a literal address host may not be connected to (net.connect never calls `lookup` for one), or null. */
export function forbiddenLiteral(address: string, allowlist: Allowlist): ForbiddenAddressError | null {
	return isForbiddenAddress(address, allowlist) ? new ForbiddenAddressError(address) : null;
}

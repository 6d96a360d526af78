// Who is asking, the homelab way: a reverse proxy the operator trusts (Tailscale serve, Authelia,
// oauth2-proxy) names the user in a header, which is believed only from that proxy's own address.
import ipaddr from 'ipaddr.js';
import { fail, ok, type Outcome } from '#lib/outcome.ts';

export type AddressRange = [ipaddr.IPv4 | ipaddr.IPv6, number];

export interface IdentityPolicy {
	/** The header the proxy names the user in, lowercase. */
	header: string;
	trustedProxies: AddressRange[];
	/** Who may change things: names compared lowercase, or any named user. */
	users: ReadonlySet<string> | '*';
}

export const LOOPBACK: AddressRange[] = [ipaddr.parseCIDR('127.0.0.0/8'), ipaddr.parseCIDR('::1/128')];

/** An HTTP header name (RFC 9110 token). */
export function parseHeaderName(value: string | undefined): string | undefined | { invalid: string } {
	if (value === undefined) return undefined;
	const name = value.trim();
	if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/.test(name)) return name.toLowerCase();
	return {
		invalid: `AUTH_USER_HEADER must be an HTTP header name such as Remote-User, got ${JSON.stringify(value.slice(0, 100))}`
	};
}

/** IPs or CIDRs; unset, loopback (a proxy on the same machine). */
export function parseAddressRanges(
	name: string,
	value: string | undefined
): AddressRange[] | { invalid: string } {
	const items = (value ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
	if (items.length === 0) return LOOPBACK;
	const ranges: AddressRange[] = [];
	for (const item of items) {
		try {
			const address = item.includes('/') ? null : ipaddr.parse(item);
			ranges.push(address ? [address, address.kind() === 'ipv4' ? 32 : 128] : ipaddr.parseCIDR(item));
		} catch {
			return {
				invalid: `${name} has ${JSON.stringify(item.slice(0, 100))}, which is not an IP address or CIDR range`
			};
		}
	}
	return ranges;
}

/** AUTH_USERS: comma-separated names, or `*` for any named user (also the default). */
export function parseUsers(value: string | undefined): ReadonlySet<string> | '*' | { invalid: string } {
	const items = (value ?? '')
		.split(',')
		.map((item) => item.trim().toLowerCase())
		.filter(Boolean);
	if (items.length === 0 || (items.length === 1 && items[0] === '*')) return '*';
	if (items.includes('*')) return { invalid: 'AUTH_USERS is either * alone or a list of names' };
	return new Set(items);
}

function inRanges(address: string, ranges: AddressRange[]): boolean {
	if (!ipaddr.isValid(address)) return false;
	let parsed = ipaddr.parse(address);
	if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
		parsed = (parsed as ipaddr.IPv6).toIPv4Address();
	return ranges.some(([base, bits]) => base.kind() === parsed.kind() && parsed.match(base, bits));
}

/** A name as it may be quoted back: well-formed, printable, short. */
function shown(name: string): string {
	return JSON.stringify(
		name
			.toWellFormed()
			.replace(/\p{Cc}/gu, '')
			.slice(0, 100)
	);
}

/**
 * The user a request is from, when it came through a trusted proxy that named a listed user; otherwise
 * why it may not change anything. `peer` is the connection's own address, never a forwarded one: the
 * proxy is the one connecting.
 */
export function namedUser(
	headers: Headers,
	peer: string | null,
	policy: IdentityPolicy
): Outcome<string, string> {
	if (peer === null || !inRanges(peer, policy.trustedProxies))
		return fail(
			`only users named by the trusted proxy may send: this request did not come through it (AUTH_TRUSTED_PROXIES)`
		);
	const name = headers.get(policy.header)?.trim() ?? '';
	if (name === '')
		return fail(`only named users may send: the proxy named no user (${policy.header} is empty or missing)`);
	if (policy.users !== '*' && !policy.users.has(name.toLowerCase()))
		return fail(`${shown(name)} may not send: not listed in AUTH_USERS`);
	return ok(name.toWellFormed());
}

// Which IP addresses a link from remote content may reach: global unicast only, judged on the address a
// connection would really go to (an IPv4 address hidden inside an IPv6 one included), unless allowlisted.
import ipaddr from 'ipaddr.js';

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

/** Ranges the operator opened with `EGRESS_ALLOWLIST` (as parsed by src/env.ts). */
export type Allowlist = readonly (readonly [IpAddress, number])[];

// The only IPv6 space allocated for global unicast; whatever ipaddr.js calls `unicast` outside it is
// unassigned or deprecated (IPv4-compatible `::a.b.c.d` among them) and has no business on the web.
const [GLOBAL_UNICAST_V6, GLOBAL_UNICAST_V6_BITS] = ipaddr.parseCIDR('2000::/3');

/** Parses an address as it comes from DNS or a URL host (brackets and zone id allowed); null if not one. */
export function parseAddress(text: string): IpAddress | null {
	const bare = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
	if (!ipaddr.isValid(bare)) return null;
	const address = ipaddr.parse(bare);
	// ipaddr.js also reads the legacy short and octal IPv4 spellings, which are never what a resolver
	// hands out; WHATWG URL has turned those into dotted quads before they get here.
	if (address.kind() === 'ipv4' && !ipaddr.IPv4.isValidFourPartDecimal(bare)) return null;
	return address;
}

function v4FromWords(high: number, low: number): ipaddr.IPv4 {
	return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

/**
 * The IPv4 addresses traffic to an IPv6 address ends up at, for the transition forms that embed one:
 * IPv4-mapped and -translated, NAT64 (64:ff9b::/96), 6to4 and Teredo (its relay and its client).
 */
export function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] {
	const [, w1 = 0, w2 = 0, w3 = 0, , , w6 = 0, w7 = 0] = address.parts;
	switch (address.range()) {
		case 'ipv4Mapped':
		case 'rfc6145':
			return [v4FromWords(w6, w7)];
		case 'rfc6052':
			// Only the well-known /96 prefix has a fixed layout; the local-use 64:ff9b:1::/48 does not.
			return address.match(ipaddr.parseCIDR('64:ff9b::/96')) ? [v4FromWords(w6, w7)] : [];
		case '6to4':
			return [v4FromWords(w1, w2)];
		case 'teredo':
			// RFC 4380: the relay follows the prefix; the client's public address is stored inverted.
			return [v4FromWords(w2, w3), v4FromWords(~w6 & 0xffff, ~w7 & 0xffff)];
		default:
			return [];
	}
}

/** Whether an address falls in one of the operator's allowlisted ranges (an IPv4-mapped one as its IPv4). */
export function allowlistContains(address: IpAddress, allowlist: Allowlist): boolean {
	const candidates: IpAddress[] = [address];
	if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress())
		candidates.push((address as ipaddr.IPv6).toIPv4Address());
	return candidates.some((candidate) =>
		allowlist.some(
			([network, bits]) => network.kind() === candidate.kind() && candidate.match([network, bits] as never)
		)
	);
}

function isForbiddenV4(address: ipaddr.IPv4): boolean {
	return address.range() !== 'unicast';
}

function isForbiddenV6(address: ipaddr.IPv6): boolean {
	const embedded = embeddedIPv4(address);
	if (embedded.length > 0) return embedded.some(isForbiddenV4);
	if (address.range() !== 'unicast') return true;
	return !address.match(GLOBAL_UNICAST_V6, GLOBAL_UNICAST_V6_BITS);
}

/**
 * Whether a link from remote content must not reach this address: loopback, private, link-local, CGNAT,
 * multicast, unspecified, reserved, unique-local and every other range that is not global unicast, also
 * when wrapped in an IPv6 transition address. Text that is not an address is forbidden too.
 */
export function isForbiddenAddress(address: IpAddress | string, allowlist: Allowlist = []): boolean {
	const parsed = typeof address === 'string' ? parseAddress(address) : address;
	if (parsed === null) return true;
	if (allowlistContains(parsed, allowlist)) return false;
	return parsed.kind() === 'ipv4'
		? isForbiddenV4(parsed as ipaddr.IPv4)
		: isForbiddenV6(parsed as ipaddr.IPv6);
}

/**
 * `localhost` and its subdomains mean loopback (RFC 6761) whatever a resolver says, so they are judged
 * as 127.0.0.1 without a lookup (which would send the name off the machine). Every other name is judged
 * on the addresses it resolves to. HTTP links and UDP trackers share this.
 */
export function isLocalName(hostname: string): boolean {
	const name = hostname.replace(/\.+$/, '').toLowerCase();
	return name === 'localhost' || name.endsWith('.localhost');
}

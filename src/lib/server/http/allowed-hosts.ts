// Which host names a request that changes something may be addressed to (ALLOWED_HOSTS): the answer to
// DNS rebinding, where a page on an attacker's name that resolves to this server is its own origin.
import { isIP } from 'node:net';
import { hostname as machineHostname } from 'node:os';

/** `exact` names one host; `suffix` (written `*.example`) any name under it; `any` (written `*`) all. */
export type HostPattern = { exact: string } | { suffix: string } | { any: true };

/**
 * The names an ordinary deployment is reached at, which no public DNS can hand to an attacker's page:
 * Tailscale's HTTPS names, mDNS, the home network's domain (RFC 8375) and loopback's (RFC 6761).
 */
const DEFAULT_SUFFIXES = ['.ts.net', '.local', '.home.arpa', '.localhost'];

/** A host as compared: lowercase, without IPv6 brackets, port or trailing dots. */
export function normaliseHost(host: string): string {
	let name = host.trim().toLowerCase();
	if (name.startsWith('[')) name = name.slice(1, name.indexOf(']') > 0 ? name.indexOf(']') : undefined);
	else if (/^[^:]*:\d*$/.test(name)) name = name.slice(0, name.indexOf(':'));
	return name.replace(/\.+$/, '');
}

const LABEL = /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/;

function isHostName(name: string): boolean {
	return name.length <= 253 && name.split('.').every((label) => LABEL.test(label));
}

/** ALLOWED_HOSTS read into patterns, or what is wrong with it (naming the variable). */
export function parseAllowedHosts(value: string | undefined): HostPattern[] | null | { invalid: string } {
	const items = (value ?? '')
		.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
	if (items.length === 0) return null;
	const patterns: HostPattern[] = [];
	for (const item of items) {
		if (item === '*') {
			patterns.push({ any: true });
			continue;
		}
		const wildcard = item.startsWith('*.');
		const name = normaliseHost(wildcard ? item.slice(2) : item);
		if (isIP(name) === 0 && !isHostName(name))
			return {
				invalid: `ALLOWED_HOSTS has ${JSON.stringify(item.slice(0, 100))}, which is not a host name, *.domain or an IP address`
			};
		patterns.push(wildcard ? { suffix: `.${name}` } : { exact: name });
	}
	return patterns;
}

function matches(name: string, pattern: HostPattern): boolean {
	if ('any' in pattern) return true;
	if ('exact' in pattern) return name === pattern.exact;
	return name.endsWith(pattern.suffix);
}

/**
 * Whether a request addressed to `host` (the Host, or HOST_HEADER's, as adapter-node read it) may change
 * things. Unset, every address an ordinary deployment is reached at passes: IP literals, single-label
 * names (localhost, the LAN's short names), the machine's own name, the default suffixes, ORIGIN's host.
 */
export function isAllowedHost(
	host: string,
	patterns: HostPattern[] | null,
	originHost: string | null = null,
	machine: string = machineHostname()
): boolean {
	const name = normaliseHost(host);
	if (name === '') return false;
	if (patterns) return patterns.some((pattern) => matches(name, pattern));
	return (
		isIP(name) !== 0 ||
		!name.includes('.') ||
		name === normaliseHost(machine) ||
		name === originHost ||
		DEFAULT_SUFFIXES.some((suffix) => name.endsWith(suffix))
	);
}

// Bypass vectors for the untrusted-URL check: every spelling of a local or private host must be refused.
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import type { Allowlist } from './address-policy.ts';
import { parseUntrustedUrl } from './untrusted-url.ts';

type Expected = 'ok' | 'bad-url' | 'forbidden-address';

// [what it tries, the link, what must happen]
const VECTORS: [string, string, Expected][] = [
	['plain loopback', 'http://127.0.0.1/', 'forbidden-address'],
	['loopback, another address of 127/8', 'http://127.0.0.2:8080/x', 'forbidden-address'],
	['decimal IPv4', 'http://2130706433/', 'forbidden-address'],
	['octal IPv4', 'http://0177.0.0.1/', 'forbidden-address'],
	['whole-number octal IPv4', 'http://017700000001/', 'forbidden-address'],
	['hex short IPv4', 'http://0x7f.1/', 'forbidden-address'],
	['hex whole IPv4', 'http://0x7f000001/', 'forbidden-address'],
	['hex per octet', 'http://0x7f.0x0.0x0.0x1/', 'forbidden-address'],
	['short IPv4', 'http://127.1/', 'forbidden-address'],
	['trailing dot on an IPv4', 'http://127.0.0.1./', 'forbidden-address'],
	['percent-encoded host', 'http://%31%32%37.0.0.1/', 'forbidden-address'],
	['full-width digits', 'http://１２７.０.０.１/', 'forbidden-address'],
	['circled digits (IDNA mapping)', 'http://①②⑦.0.0.1/', 'forbidden-address'],
	['upper-case scheme, leading space', ' HTTP://127.0.0.1/', 'forbidden-address'],
	['scheme without slashes', 'http:127.0.0.1/', 'forbidden-address'],
	['backslash before userinfo', 'http://127.0.0.1\\@example.com/', 'forbidden-address'],
	['credentials in front of a private host', 'http://example.com:80@127.0.0.1/', 'forbidden-address'],
	['tab inside the host', 'http://127.0.\t0.1/', 'forbidden-address'],
	['unspecified IPv4', 'http://0.0.0.0/', 'forbidden-address'],
	['zero as a number', 'http://0/', 'forbidden-address'],
	['this-network 0/8', 'http://0.1.2.3/', 'forbidden-address'],
	['IPv6 loopback', 'http://[::1]/', 'forbidden-address'],
	['IPv6 loopback written long', 'http://[0:0:0:0:0:0:0:1]/', 'forbidden-address'],
	['IPv6 unspecified', 'http://[::]/', 'forbidden-address'],
	['IPv4-mapped IPv6, dotted', 'http://[::ffff:127.0.0.1]/', 'forbidden-address'],
	['IPv4-mapped IPv6, hex', 'http://[::ffff:7f00:1]/', 'forbidden-address'],
	['IPv4-mapped IPv6, long form', 'http://[0:0:0:0:0:ffff:127.0.0.1]/', 'forbidden-address'],
	['IPv4-mapped private', 'http://[::ffff:10.0.0.1]/', 'forbidden-address'],
	['IPv4-translated (RFC 6145)', 'http://[::ffff:0:7f00:1]/', 'forbidden-address'],
	['IPv4-compatible IPv6', 'http://[::127.0.0.1]/', 'forbidden-address'],
	['NAT64 embedding loopback', 'http://[64:ff9b::7f00:1]/', 'forbidden-address'],
	['NAT64 embedding private', 'http://[64:ff9b::192.168.0.1]/', 'forbidden-address'],
	['local-use NAT64 prefix', 'http://[64:ff9b:1::a00:1]/', 'forbidden-address'],
	['6to4 embedding loopback', 'http://[2002:7f00:1::1]/', 'forbidden-address'],
	['6to4 embedding private', 'http://[2002:c0a8:101::1]/', 'forbidden-address'],
	['Teredo with a loopback client', 'http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/', 'forbidden-address'],
	['Teredo with a private relay', 'http://[2001:0:a00:1:8000:63bf:f7f7:f7f7]/', 'forbidden-address'],
	['IPv6 with a zone id', 'http://[fe80::1%25eth0]/', 'bad-url'],
	['IPv6 link-local', 'http://[fe80::1]/', 'forbidden-address'],
	['IPv6 unique-local', 'http://[fd12:3456::1]/', 'forbidden-address'],
	['IPv6 site-local (deprecated)', 'http://[fec0::1]/', 'forbidden-address'],
	['IPv6 multicast', 'http://[ff02::1]/', 'forbidden-address'],
	['IPv6 documentation', 'http://[2001:db8::1]/', 'forbidden-address'],
	['IPv6 outside 2000::/3', 'http://[4000::1]/', 'forbidden-address'],
	['private 10/8', 'http://10.1.2.3/', 'forbidden-address'],
	['private 172.16/12', 'http://172.31.255.254/', 'forbidden-address'],
	['private 192.168/16', 'http://192.168.1.1/', 'forbidden-address'],
	['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data/', 'forbidden-address'],
	['carrier-grade NAT', 'http://100.64.0.1/', 'forbidden-address'],
	['multicast', 'http://224.0.0.251/', 'forbidden-address'],
	['broadcast', 'http://255.255.255.255/', 'forbidden-address'],
	['reserved 240/4', 'http://240.0.0.1/', 'forbidden-address'],
	['benchmarking 198.18/15', 'http://198.18.0.1/', 'forbidden-address'],
	['IETF protocol assignments 192.0.0/24', 'http://192.0.0.8/', 'forbidden-address'],
	['localhost by name', 'http://localhost:3000/', 'forbidden-address'],
	['localhost with a trailing dot', 'http://localhost./', 'forbidden-address'],
	['localhost in capitals', 'http://LOCALHOST/', 'forbidden-address'],
	['a subdomain of localhost', 'http://evil.localhost/', 'forbidden-address'],
	['file scheme', 'file:///etc/passwd', 'bad-url'],
	['ftp scheme', 'ftp://example.com/a.torrent', 'bad-url'],
	['gopher scheme', 'gopher://127.0.0.1:6379/_INFO', 'bad-url'],
	['data URL', 'data:text/html,<a href="magnet:?">', 'bad-url'],
	['javascript URL', 'javascript:alert(1)', 'bad-url'],
	['no host', 'http://', 'bad-url'],
	['NUL in the host', 'http://127.0.0.1%00.example.com/', 'bad-url'],
	['not a URL', 'not a url', 'bad-url'],
	['a public name', 'https://example.com/post/1', 'ok'],
	['a public IPv4', 'http://93.184.215.14/', 'ok'],
	['a public IPv6', 'http://[2606:4700:4700::1111]/', 'ok'],
	['NAT64 of a public IPv4', 'http://[64:ff9b::8.8.8.8]/', 'ok'],
	['6to4 of a public IPv4', 'http://[2002:808:808::1]/', 'ok'],
	['Teredo with public relay and client', 'http://[2001:0:4136:e378:8000:63bf:f7f7:f7f7]/', 'ok'],
	['credentials before a public host', 'http://127.0.0.1:80@example.com/', 'ok']
];

describe('parseUntrustedUrl', () => {
	it('has at least 30 bypass vectors', () => {
		expect(VECTORS.filter(([, , expected]) => expected !== 'ok').length).toBeGreaterThanOrEqual(30);
	});

	it.each(VECTORS)('%s: %s → %s', (_what, link, expected) => {
		const parsed = parseUntrustedUrl(link, []);
		expect(parsed.ok ? 'ok' : parsed.error.reason).toBe(expected);
	});

	it('drops credentials and the fragment', () => {
		const parsed = parseUntrustedUrl('https://user:secret@example.com/a?b=1#c', []);
		expect(parsed.ok && parsed.value.href).toBe('https://example.com/a?b=1');
	});

	it('resolves a redirect against the page it came from', () => {
		const parsed = parseUntrustedUrl('/next', [], 'https://example.com/a/b');
		expect(parsed.ok && parsed.value.href).toBe('https://example.com/next');
		expect(parseUntrustedUrl('//127.0.0.1/x', [], 'https://example.com/').ok).toBe(false);
	});

	it('lets the allowlist open exactly its ranges', () => {
		const allowlist: Allowlist = [ipaddr.parseCIDR('127.0.0.1/32'), ipaddr.parseCIDR('fd00::/8')];
		expect(parseUntrustedUrl('http://127.0.0.1:4000/', allowlist).ok).toBe(true);
		expect(parseUntrustedUrl('http://2130706433/', allowlist).ok).toBe(true);
		expect(parseUntrustedUrl('http://[::ffff:127.0.0.1]/', allowlist).ok).toBe(true);
		expect(parseUntrustedUrl('http://localhost/', allowlist).ok).toBe(true);
		expect(parseUntrustedUrl('http://[fd12::1]/', allowlist).ok).toBe(true);
		expect(parseUntrustedUrl('http://127.0.0.2/', allowlist).ok).toBe(false);
		expect(parseUntrustedUrl('http://[::1]/', allowlist).ok).toBe(false);
	});
});

// Every way WHATWG URL lets an IPv4 host be written, for property testing.
function spellings([a, b, c, d]: [number, number, number, number]): string[] {
	const whole = ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
	return [
		`${a}.${b}.${c}.${d}`,
		String(whole),
		`0x${whole.toString(16)}`,
		`0${whole.toString(8)}`,
		`${a}.${(b << 16) | (c << 8) | d}`,
		`${a}.${b}.${(c << 8) | d}`,
		[a, b, c, d].map((octet) => `0x${octet.toString(16)}`).join('.'),
		[a, b, c, d].map((octet) => `0${octet.toString(8)}`).join('.'),
		`${a}.${b}.${c}.${d}.`,
		`[::ffff:${a}.${b}.${c}.${d}]`
	];
}

describe('parseUntrustedUrl on generated addresses', () => {
	const octet = fc.integer({ min: 0, max: 255 });
	const quad = fc.tuple(octet, octet, octet, octet);

	it('judges every spelling of an IPv4 address the same as its dotted form', () => {
		fc.assert(
			fc.property(quad, (parts) => {
				const forbidden = ipaddr.fromByteArray(parts).range() !== 'unicast';
				for (const host of spellings(parts)) {
					const parsed = parseUntrustedUrl(`http://${host}/`, []);
					expect(parsed.ok ? 'ok' : parsed.error.reason).toBe(forbidden ? 'forbidden-address' : 'ok');
				}
			})
		);
	});

	it('refuses every spelling of private, loopback and link-local addresses', () => {
		const local = fc.oneof(
			fc.tuple(fc.constant(127), octet, octet, octet),
			fc.tuple(fc.constant(10), octet, octet, octet),
			fc.tuple(fc.constant(192), fc.constant(168), octet, octet),
			fc.tuple(fc.constant(169), fc.constant(254), octet, octet)
		);
		fc.assert(
			fc.property(local, (parts) => {
				for (const host of spellings(parts)) expect(parseUntrustedUrl(`http://${host}/`, []).ok).toBe(false);
			})
		);
	});
});

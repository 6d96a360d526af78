import { describe, expect, it } from 'vitest';
import { isAllowedHost, parseAllowedHosts, type HostPattern } from './allowed-hosts.ts';
import { decideChange, type ChangePolicy } from './authorize-change.ts';
import { parseAddressRanges, parseHeaderName, parseUsers, type IdentityPolicy } from './named-user.ts';

const post = (url: string, headers: Record<string, string> = {}) => ({
	request: new Request(url, { method: 'POST', headers, body: '{}' }),
	url: new URL(url)
});

const open: ChangePolicy = {
	protocolHeader: undefined,
	allowedHosts: null,
	originHost: null,
	identity: null
};

function identity(users: string | undefined, proxies?: string): IdentityPolicy {
	return {
		header: parseHeaderName('Tailscale-User-Login') as string,
		trustedProxies: parseAddressRanges('AUTH_TRUSTED_PROXIES', proxies) as IdentityPolicy['trustedProxies'],
		users: parseUsers(users) as IdentityPolicy['users']
	};
}

describe('allowed hosts', () => {
	it.each([
		'127.0.0.1:3000',
		'[::1]:3000',
		'192.168.1.5',
		'localhost:3000',
		'LOCALHOST.',
		'nas',
		'box.tailnet-1234.ts.net',
		'media.local',
		'server.home.arpa',
		'app.localhost',
		'buildbox.example.lan'
	])('by default, %s is one an ordinary deployment is reached at', (host) => {
		expect(isAllowedHost(host, null, null, 'buildbox.example.lan')).toBe(true);
	});

	it.each([
		'attacker.example:3000',
		'evil.example',
		'ts.net.evil.example',
		'evil.xlocal',
		'127.0.0.1.nip.io'
	])('by default, %s (a name anyone can point at us) is not', (host) => {
		expect(isAllowedHost(host, null, null, 'buildbox')).toBe(false);
	});

	it("allows ORIGIN's host by default, and with ALLOWED_HOSTS exactly what it lists", () => {
		expect(isAllowedHost('search.example.org', null, 'search.example.org', 'box')).toBe(true);
		const listed = parseAllowedHosts('search.example.org, *.example.net') as HostPattern[];
		expect(isAllowedHost('search.example.org:443', listed)).toBe(true);
		expect(isAllowedHost('a.b.example.net', listed)).toBe(true);
		expect(isAllowedHost('example.net', listed)).toBe(false);
		expect(isAllowedHost('127.0.0.1', listed)).toBe(false);
		expect(isAllowedHost('anything.example', parseAllowedHosts('*') as HostPattern[])).toBe(true);
	});

	it('refuses an ALLOWED_HOSTS entry that is no host, naming the variable', () => {
		expect(parseAllowedHosts('good.example,http://bad/')).toEqual({
			invalid: 'ALLOWED_HOSTS has "http://bad/", which is not a host name, *.domain or an IP address'
		});
		expect(parseAllowedHosts('*.')).toMatchObject({ invalid: expect.stringMatching(/^ALLOWED_HOSTS/) });
		expect(parseAllowedHosts('  ')).toBeNull();
	});
});

describe('authorizeChange: who may change things', () => {
	it('refuses a DNS-rebinding request: Host and Origin of another name that resolves to us', () => {
		const rebinding = post('http://attacker.example:3000/api/send', {
			origin: 'http://attacker.example:3000'
		});
		const decision = decideChange({ ...rebinding, peer: '127.0.0.1' }, open);
		expect(decision).toEqual({
			ok: false,
			error: expect.stringMatching(
				/"attacker\.example" may not change anything: add that name to ALLOWED_HOSTS/
			)
		});
		// Without Origin (Sec-Fetch-Site only, as a form under no-referrer), the name still gives it away.
		const form = post('http://attacker.example:3000/search/send', {
			origin: 'null',
			'sec-fetch-site': 'same-origin'
		});
		expect(decideChange({ ...form, peer: '127.0.0.1' }, open).ok).toBe(false);
	});

	it('accepts our own page, and curl, on an ordinary address; the user is null without identities', () => {
		const page = post('http://192.168.1.5:3000/api/send', { origin: 'http://192.168.1.5:3000' });
		expect(decideChange({ ...page, peer: '192.168.1.20' }, open)).toEqual({
			ok: true,
			value: { user: null }
		});
		expect(decideChange({ ...post('http://localhost:3000/api/send'), peer: '127.0.0.1' }, open).ok).toBe(
			true
		);
	});

	it('still refuses another site', () => {
		const forged = post('http://localhost:3000/api/send', { origin: 'http://evil.example' });
		expect(decideChange({ ...forged, peer: '127.0.0.1' }, open)).toMatchObject({
			ok: false,
			error: expect.stringMatching(/evil\.example are refused/)
		});
	});

	describe('with AUTH_USER_HEADER', () => {
		const policy = { ...open, identity: identity('alice@example.com, bob') };
		const named = (user: string | null) =>
			post('http://box.tailnet.ts.net/api/send', user === null ? {} : { 'tailscale-user-login': user });

		it('accepts a listed user named by the trusted proxy, and returns the name', () => {
			expect(decideChange({ ...named('Alice@Example.com'), peer: '127.0.0.1' }, policy)).toEqual({
				ok: true,
				value: { user: 'Alice@Example.com' }
			});
			expect(decideChange({ ...named('bob'), peer: '::ffff:127.0.0.1' }, policy).ok).toBe(true);
		});

		it('refuses, saying why: no user, an unlisted user, a header from anyone but the proxy', () => {
			expect(decideChange({ ...named(null), peer: '127.0.0.1' }, policy)).toMatchObject({
				error: expect.stringMatching(/the proxy named no user \(tailscale-user-login/)
			});
			expect(decideChange({ ...named('mallory'), peer: '127.0.0.1' }, policy)).toMatchObject({
				error: '"mallory" may not send: not listed in AUTH_USERS'
			});
			expect(decideChange({ ...named('alice@example.com'), peer: '192.168.1.20' }, policy)).toMatchObject({
				error: expect.stringMatching(/did not come through it \(AUTH_TRUSTED_PROXIES\)/)
			});
			expect(decideChange({ ...named('alice@example.com'), peer: null }, policy).ok).toBe(false);
		});

		it('with AUTH_USERS=* any named user may send; AUTH_TRUSTED_PROXIES names other proxies', () => {
			const anyone = { ...open, identity: identity('*', '10.0.0.2, fd00::/8') };
			expect(decideChange({ ...named('carol'), peer: '10.0.0.2' }, anyone).ok).toBe(true);
			expect(decideChange({ ...named('carol'), peer: 'fd00::5' }, anyone).ok).toBe(true);
			expect(decideChange({ ...named('carol'), peer: '127.0.0.1' }, anyone).ok).toBe(false);
			expect(decideChange({ ...named(''), peer: '10.0.0.2' }, anyone).ok).toBe(false);
		});

		it('quotes an unlisted name well-formed and short', () => {
			const decision = decideChange({ ...named('\u00ffx'.padEnd(500, 'y')), peer: '127.0.0.1' }, policy);
			expect(decision.ok).toBe(false);
			if (!decision.ok) expect(decision.error.length).toBeLessThan(200);
			if (!decision.ok) expect(decision.error.isWellFormed()).toBe(true);
		});
	});

	it('refuses configuration it cannot use, naming the variable', () => {
		expect(parseHeaderName('Remote User')).toMatchObject({
			invalid: expect.stringMatching(/^AUTH_USER_HEADER/)
		});
		expect(parseAddressRanges('AUTH_TRUSTED_PROXIES', '10.0.0.0/33')).toMatchObject({
			invalid: expect.stringMatching(/^AUTH_TRUSTED_PROXIES has "10.0.0.0\/33"/)
		});
		expect(parseUsers('alice,*')).toMatchObject({ invalid: expect.stringMatching(/^AUTH_USERS/) });
	});
});

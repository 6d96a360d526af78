// The address policy alone: what a resolver may hand back and whether a link may connect there.
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import {
	allowlistContains,
	embeddedIPv4,
	isForbiddenAddress,
	parseAddress,
	type Allowlist
} from './address-policy.ts';

// [address as a resolver or URL host gives it, forbidden?]
const ADDRESSES: [string, boolean][] = [
	['127.0.0.1', true],
	['127.255.255.254', true],
	['0.0.0.0', true],
	['10.0.0.1', true],
	['172.16.0.1', true],
	['192.168.0.1', true],
	['169.254.169.254', true],
	['100.64.0.1', true],
	['100.127.255.255', true],
	['224.0.0.1', true],
	['239.255.255.250', true],
	['255.255.255.255', true],
	['240.0.0.1', true],
	['192.0.2.1', true],
	['198.51.100.7', true],
	['203.0.113.9', true],
	['192.88.99.1', true],
	['::', true],
	['::1', true],
	['[::1]', true],
	['::ffff:127.0.0.1', true],
	['::ffff:7f00:1', true],
	['::ffff:0:a00:1', true],
	['::7f00:1', true],
	['fe80::1', true],
	['fe80::1%eth0', true],
	['fc00::1', true],
	['fd00:ec2::254', true],
	['fec0::1', true],
	['ff02::1', true],
	['100::1', true],
	['64:ff9b::a9fe:a9fe', true],
	['64:ff9b:1::808:808', true],
	['2002:a00:1::1', true],
	['2001:0:4136:e378:8000:63bf:80ff:fffe', true],
	['2001:db8::1', true],
	['3fff::1', true],
	['not an address', true],
	['127.1', true],
	['8.8.8.8', false],
	['100.128.0.1', false],
	['172.32.0.1', false],
	['2606:4700:4700::1111', false],
	['::ffff:8.8.8.8', false],
	['64:ff9b::808:808', false],
	['2002:808:808::1', false]
];

describe('isForbiddenAddress', () => {
	it.each(ADDRESSES)('%s → forbidden: %s', (address, forbidden) => {
		expect(isForbiddenAddress(address)).toBe(forbidden);
	});

	it('opens allowlisted ranges, and only those', () => {
		const allowlist: Allowlist = [ipaddr.parseCIDR('10.1.0.0/16'), [ipaddr.parse('::1'), 128]];
		expect(isForbiddenAddress('10.1.2.3', allowlist)).toBe(false);
		expect(isForbiddenAddress('::ffff:10.1.2.3', allowlist)).toBe(false);
		expect(isForbiddenAddress('::1', allowlist)).toBe(false);
		expect(isForbiddenAddress('10.2.0.1', allowlist)).toBe(true);
		expect(isForbiddenAddress('127.0.0.1', allowlist)).toBe(true);
	});
});

describe('allowlistContains', () => {
	it('never matches across address families except through IPv4-mapped', () => {
		const allowlist: Allowlist = [ipaddr.parseCIDR('0.0.0.0/0')];
		expect(allowlistContains(ipaddr.parse('192.168.1.1'), allowlist)).toBe(true);
		expect(allowlistContains(ipaddr.parse('::ffff:192.168.1.1'), allowlist)).toBe(true);
		expect(allowlistContains(ipaddr.parse('fd00::1'), allowlist)).toBe(false);
	});
});

describe('embeddedIPv4', () => {
	it('finds the IPv4 behind each transition form', () => {
		const embedded = (text: string) => embeddedIPv4(ipaddr.IPv6.parse(text)).map(String);
		expect(embedded('::ffff:1.2.3.4')).toEqual(['1.2.3.4']);
		expect(embedded('64:ff9b::1.2.3.4')).toEqual(['1.2.3.4']);
		expect(embedded('2002:102:304::')).toEqual(['1.2.3.4']);
		// RFC 4380's own example: relay 65.54.227.120, client 192.0.2.45
		expect(embedded('2001:0:4136:e378:8000:63bf:3fff:fdd2')).toEqual(['65.54.227.120', '192.0.2.45']);
		expect(embedded('2606:4700::1')).toEqual([]);
	});
});

describe('parseAddress', () => {
	it('reads resolver output and bracketed hosts, not legacy spellings', () => {
		expect(parseAddress('[::1]')?.toString()).toBe('::1');
		expect(parseAddress('1.2.3.4')?.toString()).toBe('1.2.3.4');
		expect(parseAddress('0x7f000001')).toBeNull();
		expect(parseAddress('example.com')).toBeNull();
	});
});

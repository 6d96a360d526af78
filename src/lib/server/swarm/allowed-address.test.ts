// A tracker or peer named `localhost` (any spelling) is judged as loopback without asking a resolver,
// exactly as an HTTP link is: the lookup itself would send the name off the machine.
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import type { Resolve } from '#lib/server/egress/index.ts';
import { allowedAddress } from './allowed-address.ts';

function resolver(): { resolve: Resolve; asked: string[] } {
	const asked: string[] = [];
	const resolve = (async (name: string) => {
		asked.push(name);
		return [{ address: '93.184.216.34', family: 4 }];
	}) as unknown as Resolve;
	return { resolve, asked };
}

describe('UDP tracker and peer names', () => {
	it.each(['localhost', 'localhost.', 'LOCALHOST..', 'tracker.localhost', 'a.b.Localhost.'])(
		'refuses %s as loopback without a lookup',
		async (host) => {
			const { resolve, asked } = resolver();
			expect(await allowedAddress(host, [], resolve)).toMatchObject({ ok: false, reason: 'forbidden' });
			expect(asked).toEqual([]);
		}
	);

	it('lets it reach loopback when EGRESS_ALLOWLIST admits loopback, still without a lookup', async () => {
		const { resolve, asked } = resolver();
		const allowlist = [ipaddr.parseCIDR('127.0.0.0/8')];
		expect(await allowedAddress('tracker.localhost', allowlist, resolve)).toEqual({
			ok: true,
			address: '127.0.0.1',
			family: 4
		});
		expect(asked).toEqual([]);
	});

	it('still resolves other names', async () => {
		const { resolve, asked } = resolver();
		expect(await allowedAddress('tracker.example', [], resolve)).toMatchObject({ ok: true });
		expect(asked).toEqual(['tracker.example']);
	});
});

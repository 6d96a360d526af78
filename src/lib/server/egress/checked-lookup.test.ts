// The checked lookup in both shapes net.connect asks for (one address, or all for Happy Eyeballs).
import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { ForbiddenAddressError, allowedAddresses, checkedLookup, type Resolve } from './checked-lookup.ts';

const resolveTo =
	(...addresses: string[]): Resolve =>
	async () =>
		addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

function lookup(resolve: Resolve, all: boolean) {
	return new Promise<{ error: Error | null; address: string | LookupAddress[]; family?: number }>((done) =>
		checkedLookup([], resolve)('site.test', { all }, (error, address, family) =>
			done({ error, address, family })
		)
	);
}

describe('checkedLookup', () => {
	it('passes public addresses through in the shape asked for', async () => {
		expect(await lookup(resolveTo('93.184.215.14', '2606:2800::1'), false)).toMatchObject({
			error: null,
			address: '93.184.215.14',
			family: 4
		});
		const all = await lookup(resolveTo('93.184.215.14', '2606:2800::1'), true);
		expect(all.address).toHaveLength(2);
	});

	it('refuses the whole name when any address is forbidden', async () => {
		for (const all of [false, true]) {
			const { error } = await lookup(resolveTo('93.184.215.14', '::ffff:10.0.0.1'), all);
			expect(error).toBeInstanceOf(ForbiddenAddressError);
		}
	});

	it('reports a name without addresses, or a failing resolver, as an error', async () => {
		expect((await lookup(resolveTo(), true)).error).toMatchObject({ code: 'ENOTFOUND' });
		const failing: Resolve = async () =>
			Promise.reject(Object.assign(new Error('boom'), { code: 'EAI_AGAIN' }));
		expect((await lookup(failing, false)).error).toMatchObject({ code: 'EAI_AGAIN' });
	});
});

describe('allowedAddresses, the rule swarm shares', () => {
	it('hands back every address of a public name, and refuses a name with any forbidden one', async () => {
		const both = await allowedAddresses('site.test', 0, [], resolveTo('93.184.215.14', '2606:2800::1'));
		expect(both.ok && both.value.map(({ address }) => address)).toEqual(['93.184.215.14', '2606:2800::1']);
		expect(await allowedAddresses('site.test', 0, [], resolveTo('93.184.215.14', '127.0.0.1'))).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await allowedAddresses('site.test', 0, [], resolveTo())).toEqual({
			ok: false,
			error: 'unresolved'
		});
	});
});

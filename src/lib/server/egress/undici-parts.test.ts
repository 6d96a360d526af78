// undici's inner modules, loaded by path: an upgrade that moves or renames one must fail here, not in use.
import { describe, expect, it } from 'vitest';
import { Agent, buildConnector, request } from './undici-parts.ts';

describe('undici parts', () => {
	it('finds the Agent, the connector and request where egress loads them', () => {
		expect(typeof Agent).toBe('function');
		expect(typeof buildConnector).toBe('function');
		expect(typeof request).toBe('function');
	});
});

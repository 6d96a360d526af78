// The /metrics token check: only the exact token, in a Bearer header.
import { describe, expect, it } from 'vitest';
import { bearerTokenMatches } from './bearer-token.ts';

const TOKEN = 'k3y-for.metrics_0123456789';

describe('bearerTokenMatches', () => {
	it('accepts the token as a bearer, the scheme in any case', () => {
		expect(bearerTokenMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
		expect(bearerTokenMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
	});

	it.each([
		['no header', null],
		['an empty header', ''],
		['another token', 'Bearer k3y-for.metrics_0123456780'],
		['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
		['the token and more', `Bearer ${TOKEN}x`],
		['the token in basic auth', `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}`],
		['the token alone', TOKEN],
		['two tokens', `Bearer ${TOKEN} ${TOKEN}`]
	])('refuses %s', (_, header) => {
		expect(bearerTokenMatches(header, TOKEN)).toBe(false);
	});
});

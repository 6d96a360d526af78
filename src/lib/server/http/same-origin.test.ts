import { describe, expect, it } from 'vitest';
import { foreignWrite, isOwnOrigin } from './same-origin.ts';

const post = (url: string, headers: Record<string, string>) =>
	new Request(url, { method: 'POST', headers, body: '{}' });

describe('writes from our own pages only', () => {
	it('knows our origin on a plain-http address, whichever scheme a TLS proxy in front adds', () => {
		const url = new URL('https://192.168.1.5:3000/api/send'); // adapter-node's guess without PROTOCOL_HEADER
		expect(isOwnOrigin('http://192.168.1.5:3000', url, undefined)).toBe(true);
		expect(isOwnOrigin('https://192.168.1.5:3000', url, undefined)).toBe(true);
		expect(isOwnOrigin('http://192.168.1.5:3001', url, undefined)).toBe(false);
		expect(isOwnOrigin('http://evil.example', url, undefined)).toBe(false);
		expect(isOwnOrigin('file://', url, undefined)).toBe(false);
	});

	it('behind a proxy that names scheme and host, the origin must be exactly the public one', () => {
		// adapter-node built this URL from x-forwarded-proto and x-forwarded-host.
		const url = new URL('https://box.tailnet.ts.net/api/send');
		expect(isOwnOrigin('https://box.tailnet.ts.net', url, 'x-forwarded-proto')).toBe(true);
		expect(isOwnOrigin('http://box.tailnet.ts.net', url, 'x-forwarded-proto')).toBe(false);
	});

	it('refuses a foreign Origin and says how to fix a proxy that hides the public address', () => {
		const refusal = foreignWrite(
			post('http://127.0.0.1:3000/api/send', { origin: 'https://box.ts.net' }),
			new URL('http://127.0.0.1:3000/api/send'),
			undefined
		);
		expect(refusal).toMatch(/https:\/\/box\.ts\.net are refused.*PROTOCOL_HEADER and HOST_HEADER/);
	});

	it('accepts our page under Referrer-Policy no-referrer, which sends Origin: null with Sec-Fetch-Site', () => {
		const url = new URL('http://127.0.0.1:3000/search/send');
		expect(
			foreignWrite(post(url.href, { origin: 'null', 'sec-fetch-site': 'same-origin' }), url, undefined)
		).toBeNull();
		expect(
			foreignWrite(post(url.href, { origin: 'null', 'sec-fetch-site': 'cross-site' }), url, undefined)
		).toMatch(/cross-site/);
		expect(foreignWrite(post(url.href, { origin: 'null' }), url, undefined)).toMatch(/unknown origin/);
		expect(foreignWrite(post(url.href, { 'sec-fetch-site': 'same-site' }), url, undefined)).toMatch(
			/same-site/
		);
	});

	it('lets programs that send no browser headers through, and never judges reads', () => {
		const url = new URL('http://127.0.0.1:3000/api/send');
		expect(foreignWrite(post(url.href, {}), url, undefined)).toBeNull();
		expect(
			foreignWrite(new Request(url, { headers: { origin: 'http://evil.example' } }), url, undefined)
		).toBeNull();
	});
});

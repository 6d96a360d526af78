// What counts as a challenge: a 403/503 from Cloudflare or DDoS-Guard whose page holds a challenge's
// markers; a plain 403, a Cloudflare 404 or a page that merely mentions Cloudflare is not one.
import { describe, expect, it } from 'vitest';
import type { Resolve } from './checked-lookup.ts';
import { challengeVendor, answerChallenge, hasChallengeMarkers } from './challenge.ts';
import { checkUntrustedDestination } from './destination-check.ts';

const answer = (status: number, server: string | null, body: string) => ({
	status,
	url: 'https://site.example/',
	headers: new Headers(server ? { server } : {}),
	body
});

describe('challenges', () => {
	it('needs the status, the server and a marker together', () => {
		const page = '<title>Just a moment...</title><script src="/cdn-cgi/challenge-platform/x"></script>';
		expect(answerChallenge(answer(403, 'cloudflare', page))).toBe('cloudflare');
		expect(answerChallenge(answer(503, 'ddos-guard', '<title>DDoS-Guard</title>'))).toBe('ddos-guard');
		expect(answerChallenge(answer(403, 'cloudflare', 'error code: 1020'))).toBe('cloudflare');
		expect(answerChallenge(answer(403, 'nginx', page))).toBeNull();
		expect(answerChallenge(answer(404, 'cloudflare', page))).toBeNull();
		expect(answerChallenge(answer(200, 'cloudflare', page))).toBeNull();
		expect(answerChallenge(answer(403, 'cloudflare', 'Forbidden'))).toBeNull();
		expect(challengeVendor(503, null)).toBeNull();
		expect(hasChallengeMarkers('<div id="cf-chl-widget-x">')).toBe(true);
		expect(hasChallengeMarkers('Protected by Cloudflare, magnet:?xt=…')).toBe(false);
	});
});

describe('checkUntrustedDestination', () => {
	const resolveTo =
		(address: string): Resolve =>
		async () => [{ address, family: 4 }];

	it('refuses what our own connections refuse, judging the addresses a name resolves to', async () => {
		const check = (
			url: string,
			resolve: Resolve,
			allowlist: Parameters<typeof checkUntrustedDestination>[1] = []
		) => checkUntrustedDestination(url, allowlist, resolve);
		expect(await check('http://10.0.0.1/x', resolveTo('8.8.8.8'))).toEqual({
			ok: false,
			error: { url: 'http://10.0.0.1/x', reason: 'forbidden-address', message: 'private or reserved address' }
		});
		expect(await check('http://intranet.example/x', resolveTo('192.168.1.5'))).toEqual({
			ok: false,
			error: {
				url: 'http://intranet.example/x',
				reason: 'forbidden-address',
				message: 'intranet.example is a private or reserved address'
			}
		});
		expect(await check('file:///etc/passwd', resolveTo('8.8.8.8'))).toMatchObject({
			ok: false,
			error: { reason: 'bad-url' }
		});
		expect(await check('https://site.example/x', resolveTo('93.184.215.14'))).toMatchObject({ ok: true });
		expect(await check('https://site.example/x', async () => Promise.reject(new Error('ENOTFOUND')))).toEqual(
			{
				ok: false,
				error: { url: 'https://site.example/x', reason: 'network', message: 'host not found' }
			}
		);
	});
});

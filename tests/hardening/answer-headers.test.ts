// The security headers on every answer of the built server, also those no request hook sees: static files
// that adapter-node serves before SvelteKit runs, and an address such as `//evil.example/?lang=en`, whose
// language redirect once named another site and answered 500 without them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startApp, type App } from '../app-server.ts';
import { closeRawAgent, rawRequest } from './raw-request.ts';

let app: App;

beforeAll(async () => {
	app = await startApp({ ENGINES: 'apibay', APIBAY_URL: 'http://127.0.0.1:9' });
});
afterAll(async () => {
	closeRawAgent();
	await app?.stop();
});

function immutableAsset(): string {
	const dir = join(ROOT, 'build/client/_app/immutable/entry');
	const file = readdirSync(dir).find((name) => name.endsWith('.js'));
	if (!file) throw new Error(`no built entry script in ${dir}`);
	return `/_app/immutable/entry/${file}`;
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>): void {
	expect(headers).toMatchObject({
		'x-content-type-options': 'nosniff',
		'referrer-policy': 'no-referrer',
		'x-frame-options': 'SAMEORIGIN',
		'content-security-policy': expect.stringContaining("frame-ancestors 'self'")
	});
}

describe('security headers on every answer', () => {
	it.each(['/app.css', '/favicon.svg', 'immutable'])('static file %s carries them', async (path) => {
		const target = path === 'immutable' ? immutableAsset() : path;
		const answer = await rawRequest(app.url, target);
		expect(answer.status).toBe(200);
		expectSecurityHeaders(answer.headers);
		// Its own type and caching are kept.
		expect(answer.headers['content-type']).toMatch(/css|svg|javascript/);
	});

	it('a page keeps its own CSP (scripts by nonce), not the preset one', async () => {
		const answer = await rawRequest(app.url, '/');
		expectSecurityHeaders(answer.headers);
		expect(answer.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
	});

	it('GET //evil.example/?lang=en stays on this server, with the headers and no stack trace', async () => {
		const answer = await rawRequest(app.url, '//evil.example/?lang=en');
		expect(answer.status).toBe(303);
		expect(answer.headers.location).toBe('/evil.example/');
		expect(answer.headers['set-cookie']).toBeDefined();
		expectSecurityHeaders(answer.headers);
		const followed = await rawRequest(app.url, '/evil.example/');
		expect(followed.status).toBe(404);
		expectSecurityHeaders(followed.headers);
		expect(app.output()).not.toMatch(/Error| {4}at /);
	});
});

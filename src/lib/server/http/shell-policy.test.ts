// The shell's policy: its inline scripts allowed by hash, no nonce left in the header or the page.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withHashedScripts } from './shell-policy.ts';

// Base64 nonces hold '+', '/' and '=': none of them may be read as a pattern.
const NONCE = 'D90r+9jqu4YSxOduO4/QDA==';
const START = `{ __sveltekit_x = { base: "" }; import("./_app/start.js"); }`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function page(html: string, policy = `script-src 'self' 'nonce-${NONCE}'; style-src 'self' 'unsafe-inline'`) {
	return new Response(html, {
		status: 200,
		headers: { 'content-type': 'text/html', 'content-security-policy': policy, 'content-length': '1' }
	});
}

describe('withHashedScripts', () => {
	it('allows each nonce’d inline script by its hash and removes the nonce', async () => {
		const html = `<head><script type="module" src="/a.js" nonce="${NONCE}"></script></head><body><script nonce="${NONCE}">${START}</script><script>not ours</script></body>`;
		const response = await withHashedScripts(page(html));
		const policy = response.headers.get('content-security-policy') ?? '';
		expect(policy).toBe(`script-src 'self' ${sha256(START)}; style-src 'self' 'unsafe-inline'`);
		const text = await response.text();
		expect(text).not.toContain(NONCE);
		expect(text).toContain(`<script>${START}</script>`);
		expect(text).toContain('<script type="module" src="/a.js"></script>');
		// A script the server did not sign stays unsigned: the policy still refuses it.
		expect(policy).not.toContain(sha256('not ours'));
		expect(response.headers.has('content-length')).toBe(false);
	});

	it('leaves a page without a nonce as it is', async () => {
		const original = page('<p>hi</p>', "default-src 'none'");
		expect(await withHashedScripts(original)).toBe(original);
	});
});

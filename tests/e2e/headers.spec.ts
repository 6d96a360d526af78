// The browser-side protections on the built server: every answer carries them, pages run under a CSP
// without 'unsafe-inline' scripts, and the home and search pages work under it with no violation reported.
import type { Page } from '@playwright/test';
import { hasFixtures } from '../fake-web/fake-web.ts';
import { expect, test } from './fixtures.ts';

const PAGES = ['/', '/search?q=silo', '/search/basic?q=silo'];
const DATA = [
	'/api/search?q=silo',
	'/api/search/stream?q=silo',
	'/api/engines',
	'/healthz',
	'/torznab/api?t=caps'
];

for (const path of [...PAGES, ...DATA, '/api/nowhere', '/no-such-page']) {
	test(`${path} carries the security headers`, async ({ request }) => {
		// As a browser asks: the search page sends other clients to its written form.
		const response = await request.get(path, { maxRedirects: 0, headers: { accept: 'text/html' } });
		const headers = response.headers();
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['x-frame-options']).toBe('SAMEORIGIN');
		const csp = headers['content-security-policy'] ?? '';
		expect(csp).toContain("frame-ancestors 'self'");
		const scripts = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? '';
		expect(scripts).not.toContain('unsafe-inline');
		expect(scripts).not.toContain('unsafe-eval');
		if (PAGES.slice(0, 2).includes(path)) expect(scripts).toMatch(/'nonce-[^']+'/);
	});
}

/** Collects every CSP violation the page reports, as an event and as a console message. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text()))
			violations.push(message.text());
	});
	await page.exposeFunction('reportViolation', (text: string) => void violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`${event.violatedDirective} blocked ${event.blockedURI}`
			);
		});
	});
	return violations;
}

test('the home page runs under its CSP with no violation', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto('/');
	await expect(page.getByLabel('Search for')).toBeVisible();
	// Hydrated: the page's own script ran (a nonce'd inline start-up and the app's modules).
	await expect
		.poll(() => page.evaluate(() => document.querySelectorAll('script[nonce]').length))
		.toBeGreaterThan(0);
	await page.waitForLoadState('networkidle');
	expect(violations).toEqual([]);
});

test('the search page streams its results under its CSP with no violation', async ({ page }) => {
	test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');
	const violations = await watchViolations(page);
	await page.goto('/search?q=silo');
	// Results arrive through fetch from the page's script: script-src and connect-src both allow it.
	await expect(page.locator('.card').first()).toBeVisible({ timeout: 15_000 });
	await expect(page.getByTestId('progress')).toContainText(/done in/, { timeout: 15_000 });
	expect(violations).toEqual([]);
});

test('an inline script injected into a page is refused and reported (the checks above can fail)', async ({
	page
}) => {
	const violations = await watchViolations(page);
	await page.goto('/');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.body.dataset.injected = "ran"';
		document.body.append(script);
		return document.body.dataset.injected ?? null;
	});
	expect(ran).toBeNull();
	await expect.poll(() => violations.length).toBeGreaterThan(0);
});

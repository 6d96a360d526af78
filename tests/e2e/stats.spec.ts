// /stats in Chromium: reached from the engine chips, charts with words, axe clean in both themes, and
// screenshots on a phone and a desktop in each theme for a person to look at (test-results/screenshots/).
import AxeBuilder from '@axe-core/playwright';
import { hasFixtures } from '../fake-web/fake-web.ts';
import { expect, test } from './fixtures.ts';

test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');

// Searches that give the engines something to show: two answer, one blocks (and is then suspended).
test.beforeAll(async ({ playwright }) => {
	const request = await playwright.request.newContext({ baseURL: process.env.APP_URL });
	for (const query of ['silo', 'sugar'])
		expect((await request.get(`/api/search?q=${query}&engines=duckduckgo,apibay,mojeek`)).status()).toBe(200);
	await request.dispose();
});

test('the engine chips link to /stats, whose charts say in words what they draw', async ({ page }) => {
	await page.goto('/search?q=silo&engines=apibay');
	await page.getByRole('link', { name: 'Engine stats' }).click();
	await expect(page).toHaveURL(/\/stats$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Engine statistics' })).toBeVisible();
	const apibay = page.locator('section[data-engine="apibay"]');
	await expect(apibay.getByRole('img', { name: /^Outcomes of the last \d+ searches: ok \d+/ })).toBeVisible();
	await expect(
		apibay.getByRole('img', { name: /^Time of each of the last \d+ searches, oldest first: median/ })
	).toBeVisible();
	const mojeek = page.locator('section[data-engine="mojeek"]');
	await expect(mojeek.getByRole('img', { name: /blocked \d+\.$/ })).toBeVisible();
	// Every chart has a name.
	for (const chart of await page.locator('svg').all())
		expect(await chart.getAttribute('aria-label')).toMatch(/\S/);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violation on /stats in the ${colorScheme} theme`, async ({ page }) => {
		// axe's analysis is CPU-bound: on a shared, busy machine it may take longer than a page load.
		test.slow();
		await page.emulateMedia({ colorScheme });
		await page.goto('/stats');
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	});

	for (const [name, viewport] of [
		['phone', { width: 390, height: 844 }],
		['desktop', { width: 1280, height: 900 }]
	] as const) {
		test(`screenshot of /stats on a ${name}, ${colorScheme}`, async ({ page }, testInfo) => {
			await page.emulateMedia({ colorScheme });
			await page.setViewportSize(viewport);
			await page.goto('/stats');
			await expect(page.locator('section[data-engine="apibay"] svg').first()).toBeVisible();
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				viewport.width
			);
			const path = `test-results/screenshots/stats-${name}-${colorScheme}.png`;
			await page.screenshot({ path, fullPage: name === 'desktop' });
			await testInfo.attach(`stats-${name}-${colorScheme}`, { path, contentType: 'image/png' });
		});
	}
}

// Accessibility in both themes (axe finds nothing), keyboard use, the theme toggle, and screenshots of the
// results on a phone and a desktop for a person to look at (test-results/screenshots/).
import AxeBuilder from '@axe-core/playwright';
import { hasFixtures } from '../fake-web/fake-web.ts';
import { expect, test } from './fixtures.ts';

test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });

		test('axe finds no violation on the home page and the results', async ({ page }) => {
			await page.goto('/');
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
			await page.getByText('Language: English').click();
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

			await page.goto('/search?q=silo');
			await expect(page.getByTestId('progress')).toContainText('done in', { timeout: 15_000 });
			await page.getByText(/^Where to look/).click();
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

			await page.getByRole('button', { name: 'Web links' }).click();
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

			// The page written for browsers without JavaScript (it has no script, so axe can run on it as is).
			await page.goto('/search/basic?q=silo&engines=duckduckgo,apibay,mojeek');
			await expect(page.getByTestId('progress')).toBeVisible({ timeout: 15_000 });
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

			await page.goto(`/search?q=${'a'.repeat(201)}`);
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		});
	});
}

test('the theme toggle applies at once and is remembered by the server', async ({ page }) => {
	await page.goto('/');
	const toggle = page.getByRole('button', { name: /^◐?\s*Theme:/ });
	await expect(toggle).toHaveText(/Theme: System/);
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => localStorage.getItem('cf-torrent-theme'))).toBe('dark');
	// The next page comes from the server already dark: no script sets it.
	const html = await (await page.request.get('/')).text();
	expect(html).toMatch(/<html lang="en" data-theme="dark">/);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('button', { name: /Theme: Dark/ })).toBeVisible();
});

test('the page is usable from the keyboard, focus visible and starting in the query box', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByLabel('Search for')).toBeFocused();
	await page.keyboard.type('silo');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\?q=silo/);
	await expect(page.locator('.card').first()).toBeVisible();
	// Tab reaches the first card's actions; the focused control draws an outline.
	const open = page.getByRole('link', { name: 'Open magnet' }).first();
	for (let i = 0; i < 40 && !(await open.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(open).toBeFocused();
	expect(await open.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
});

for (const [name, viewport, colorScheme] of [
	['phone', { width: 390, height: 844 }, 'light'],
	['desktop', { width: 1280, height: 900 }, 'light'],
	['phone-dark', { width: 390, height: 844 }, 'dark']
] as const) {
	test(`screenshot of the results on a ${name}`, async ({ page }, testInfo) => {
		await page.emulateMedia({ colorScheme });
		await page.setViewportSize(viewport);
		await page.goto('/search?q=silo');
		await expect(page.getByTestId('progress')).toContainText('done in', { timeout: 15_000 });
		// The stylesheet is in force (it zeroes the body's margin), and nothing overflows sideways.
		expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			viewport.width
		);
		const path = `test-results/screenshots/results-${name}.png`;
		await page.screenshot({ path, fullPage: name === 'desktop' });
		await testInfo.attach(`results-${name}`, { path, contentType: 'image/png' });
	});
}

test('nothing overflows sideways at 320 px, on the results and the web links', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/search?q=silo&engines=duckduckgo,apibay,mojeek');
	await expect(page.getByTestId('progress')).toContainText('done in', { timeout: 15_000 });
	await page.getByText(/^Where to look/).click();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await page.getByRole('button', { name: 'Web links' }).click();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await page.screenshot({ path: 'test-results/screenshots/links-320.png', fullPage: true });
});

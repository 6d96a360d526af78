// Without JavaScript the search still works: the page refreshes to the basic page, which the server streams.
import { hasFixtures } from '../fake-web/fake-web.ts';
import { expect, test } from './fixtures.ts';
import { HELD_BASIC_QUERY, RELEASE_SLOW_ENGINE } from './scenario.ts';

test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');
test.use({ javaScriptEnabled: false });

test('a search from the home page shows every magnet without JavaScript', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Search for').fill('silo');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL(/\/search\/basic\?q=silo/);
	await expect(page.getByRole('heading', { name: 'Silo S03E06 1080p WEB H264-CAKES' })).toBeVisible();
	// Magnets from the slow engine's pages arrive in the same response.
	await expect(
		page.getByRole('heading', { name: /Silo\.S03E06\.The\.Drive\.2160p\.ATVP\.WEB-DL\.ITA/ })
	).toBeVisible({ timeout: 15_000 });
	await expect(page.getByTestId('progress')).toContainText('2 of 2 engines answered', { timeout: 15_000 });
	const magnets = page.getByRole('link', { name: 'Open magnet' });
	await expect(magnets.first()).toHaveAttribute('href', /^magnet:\?xt=urn:btih:/);
	// A result re-sent with more sources is shown once.
	await expect(page.getByRole('heading', { name: 'Silo S03E06 1080p WEB H264-CAKES' })).toHaveCount(1);
	await expect(page.locator('.chip[data-engine="duckduckgo"]')).toHaveAttribute('data-status', 'ok');
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: 'test-results/screenshots/basic-phone.png' });
});

test('the basic page streams: its first magnet is on screen before the search ends', async ({ page }) => {
	// The slow engine holds this query's answer until the test lets it go, so the search cannot end first.
	await page.goto(`/search/basic?q=${encodeURIComponent(HELD_BASIC_QUERY)}`, { waitUntil: 'commit' });
	await expect(page.locator('.card').first()).toBeVisible({ timeout: 15_000 });
	await expect(page.getByTestId('progress')).toHaveCount(0);
	const released = await fetch(
		`${process.env.FAKE_WEB_URL}${RELEASE_SLOW_ENGINE}?q=${encodeURIComponent(HELD_BASIC_QUERY)}`
	);
	expect(released.status).toBe(200);
	await expect(page.getByTestId('progress')).toHaveCount(1, { timeout: 15_000 });
});

test('the theme and language switchers work without JavaScript and keep the page', async ({ page }) => {
	await page.goto('/search/basic?q=silo&engines=apibay');
	await page.getByRole('button', { name: 'Theme: System' }).click();
	await expect(page).toHaveURL(/\/search\/basic\?q=silo&engines=apibay$/);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.getByText('Language: English').click();
	await page.getByRole('link', { name: 'Português (Brasil)' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
	await expect(page.getByRole('link', { name: 'Abrir magnet' }).first()).toBeVisible();
});

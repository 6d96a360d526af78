import { expect, test } from './fixtures.ts';

test('the home page offers a search box', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/cf-torrent/);
	await expect(page.getByLabel('Search for')).toBeVisible();
});

test('health answers without reaching out', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
});

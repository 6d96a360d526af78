// The home page: a search box that has focus, engine toggles grouped and labelled, defaults from the server.
import { expect, test } from './fixtures.ts';

test('the home page offers a search box', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/cf-torrent/);
	await expect(page.getByLabel('Search for')).toBeVisible();
	await expect(page.getByLabel('Search for')).toBeFocused();
});

test('engine toggles are labelled, grouped web / index, and ticked as configured', async ({ page }) => {
	await page.goto('/');
	await page.getByText(/^Where to look/).click();
	const web = page.getByRole('group', { name: 'Web search engines' });
	const index = page.getByRole('group', { name: 'Torrent indexes' });
	await expect(web.getByLabel('DuckDuckGo')).toBeChecked();
	await expect(web.getByLabel('Mojeek')).not.toBeChecked();
	await expect(index.getByLabel(/The Pirate Bay/)).toBeChecked();
	await expect(index.getByLabel(/Nyaa/)).not.toBeChecked();
	// The choice travels in the address, so a search is bookmarkable.
	await web.getByLabel('DuckDuckGo').uncheck();
	await page.getByLabel('Search for').fill('silo');
	await page.getByLabel('Search for').press('Enter');
	await expect(page).toHaveURL(/\/search\?q=silo&engines=apibay/);
	await page.getByText(/^Where to look/).click();
	await expect(
		page.getByRole('group', { name: 'Web search engines' }).getByLabel('DuckDuckGo')
	).not.toBeChecked();
});

test('health answers without reaching out', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
});

test('"/" brings focus back to the query box', async ({ page }) => {
	// The shortcut is the page's script: wait until it runs (a key pressed before is typed, as it should be).
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByRole('link', { name: 'cf-torrent' }).focus();
	await page.keyboard.press('/');
	await expect(page.getByLabel('Search for')).toBeFocused();
	await page.keyboard.type('silo');
	await expect(page.getByLabel('Search for')).toHaveValue('silo');
});

test("what a person types and ticks before the page's script has started survives it", async ({ page }) => {
	// A slow phone: the page shows and takes typing before its script arrives. The script is held until
	// the person is done, so the order is certain however fast the machine.
	let releaseScripts = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/', { waitUntil: 'commit' });
	await page.getByLabel('Search for').fill('silo');
	await page.getByText(/^Where to look/).click();
	const apibay = page.getByLabel(/The Pirate Bay/);
	await apibay.uncheck();
	releaseScripts();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Search for')).toHaveValue('silo');
	await expect(apibay).not.toBeChecked();
	await page.getByLabel('Search for').press('Enter');
	await expect(page).toHaveURL(/\/search\?q=silo/);
	expect(new URL(page.url()).searchParams.get('engines') ?? '').not.toContain('apibay');
});

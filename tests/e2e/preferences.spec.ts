// Preferences and the one ranking on the page, on a 390×844 phone: four results on the first screen, one
// tap filters by resolution, a first search and its repeat (and the JSON API) give the same order, the
// same address without JavaScript shows the same filtered list, preferences are remembered, and the
// Stremio configure page builds the add-on's address. Screenshots in test-results/screenshots/.
import { hasFixtures } from '../fake-web/fake-web.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { HELD_QUERY, RELEASE_SLOW_ENGINE } from './scenario.ts';

test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');

const PHONE = { width: 390, height: 844 };
/** The scenario's apibay answer: 12 releases of one episode, from 2160p to an XviD of unknown resolution. */
const SEARCH = '/search?q=silo&engines=apibay';

async function finished(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await expect(page.getByTestId('progress')).toContainText('done in', { timeout: 20_000 });
}

/** The names on the page, top to bottom, after letting in any better results held behind a tap. */
async function shownNames(page: Page): Promise<string[]> {
	const better = page.getByTestId('better');
	if (await better.isVisible()) await better.click();
	await expect(better).toBeHidden();
	return page.locator('.results .card h3').allTextContents();
}

test.use({ viewport: PHONE });

test('four results are on the first screen of a phone, each with its chips and one primary action', async ({
	page
}, testInfo) => {
	// every default engine's chip, as on a real server: the worst case for what comes before the results
	await finished(page, '/search?q=silo&engines=duckduckgo,bing,mojeek,apibay,nyaa,knaben,torrents-csv');
	// the stylesheet is in force (it zeroes the body's margin)
	await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
	const path = 'test-results/screenshots/preferences-phone-results.png';
	await page.screenshot({ path });
	await testInfo.attach('phone results', { path, contentType: 'image/png' });
	const cards = page.locator('.results .card');
	expect(await cards.count()).toBeGreaterThanOrEqual(4);
	const fourth = await cards.nth(3).boundingBox();
	expect(fourth!.y + fourth!.height).toBeLessThanOrEqual(PHONE.height);
	const first = cards.first();
	await expect(first.locator('.facts .resolution')).toHaveText('2160p');
	await expect(first.locator('.facts .source')).toHaveText('WEB-DL');
	await expect(first.locator('.facts .hdr')).toHaveText('DV HDR10');
	await expect(first.locator('.facts .seeders')).toHaveText('396 seeders');
	// one primary action; copying and the rest are a tap away
	await expect(first.locator('.primary')).toHaveCount(1);
	await expect(first.getByRole('link', { name: 'Open magnet' })).toBeVisible();
	await expect(first.getByRole('button', { name: 'Copy magnet' })).toBeHidden();
	await first.getByText('More').click();
	await expect(first.getByRole('button', { name: 'Copy magnet' })).toBeVisible();
});

test('one tap on a resolution filters, with its count, and says what it hides', async ({
	page
}, testInfo) => {
	await finished(page, SEARCH);
	const bar = page.getByRole('group', { name: 'Resolution' });
	await expect(bar.getByRole('button')).toHaveText(['All', '2160p 2', '1080p 5', '720p 3', '480p 1']);
	await expect(page.locator('.results .card')).toHaveCount(12);
	await expect(page.getByTestId('hidden')).toHaveCount(0);

	await bar.getByRole('button', { name: '720p 3' }).click();
	await expect(page.locator('.results .card')).toHaveCount(3);
	for (const name of await page.locator('.results .card h3').allTextContents()) expect(name).toMatch(/720p/);
	await expect(page.getByTestId('hidden')).toContainText('9 hidden by your filters');
	await expect(page).toHaveURL(/[?&]res=720p(&|$)/);
	const path = 'test-results/screenshots/preferences-phone-720p.png';
	await page.screenshot({ path });
	await testInfo.attach('one tap on 720p', { path, contentType: 'image/png' });

	await page.getByRole('button', { name: 'show them' }).click();
	await expect(page.locator('.results .card')).toHaveCount(12);
	await bar.getByRole('button', { name: 'All' }).click();
	await expect(page).not.toHaveURL(/res=/);
});

test('a first search, its repeat and the JSON API give the same order', async ({ page, request }) => {
	const path = '/search?q=silo&res=2160p,1080p,720p&sort=best';
	await finished(page, path);
	const first = await shownNames(page);
	expect(first.length).toBeGreaterThan(3);
	await finished(page, path);
	expect(await shownNames(page)).toEqual(first);
	const api = await (await request.get(`/api${path}`)).json();
	expect(api.results.map((result: { name: string }) => result.name)).toEqual(first);
});

test('a better result arriving while a person reads waits behind a tap; the cards on screen stay', async ({
	page
}) => {
	// the index answers at once; the web engine's pages (a 2160p release among them) only when released
	await page.goto(`/search?q=${encodeURIComponent(HELD_QUERY)}`);
	await expect(page.locator('.chip[data-engine="apibay"]')).toHaveAttribute('data-status', 'ok');
	const names = page.locator('.results .card h3');
	await expect(names).toHaveCount(12);
	const before = await names.allTextContents();
	expect(before[0]).toBe('Silo S03E06 The Drive 2160P ATVP WEB-DL DDP5.1 Atmos DV HDR. H.265');
	await names.first().click(); // a thumb on the first card
	expect((await fetch(`${process.env.FAKE_WEB_URL}${RELEASE_SLOW_ENGINE}`)).status).toBe(200);
	await expect(page.getByTestId('progress')).toContainText('done in', { timeout: 20_000 });
	const better = page.getByTestId('better');
	await expect(better).toHaveText(/^\d+ better results?: show them$/);
	// what was on screen is where it was
	expect((await names.allTextContents()).slice(0, 5)).toEqual(before.slice(0, 5));
	await expect(
		page.getByRole('heading', { name: /Silo\.S03E06\.The\.Drive\.2160p\.ATVP\.WEB-DL\.ITA/ })
	).toHaveCount(0);
	await better.click();
	await expect(better).toBeHidden();
	// now in the one ranking: the new 2160p release among the 2160p ones, above every 1080p
	const after = await names.allTextContents();
	const ita = after.findIndex((name) => /2160p\.ATVP\.WEB-DL\.ITA/.test(name));
	expect(ita).toBeGreaterThanOrEqual(0);
	expect(ita).toBeLessThan(after.indexOf('Silo S03E06 1080p WEB H264-CAKES'));
});

test('sorting by seeders reorders the page, and a size bound keeps exactly what fits', async ({ page }) => {
	await finished(page, SEARCH);
	const names = () => page.locator('.results .card h3').allTextContents();
	const best = await names();
	// the best order is by resolution first, so it is not already the seeders' order
	expect(best[0]).toBe('Silo S03E06 The Drive 2160P ATVP WEB-DL DDP5.1 Atmos DV HDR. H.265');
	await page.getByText('Filters and order').click();
	await page.getByLabel('Sort by').selectOption('seeders');
	await expect(page).toHaveURL(/sort=seeders/);
	const bySeeders = await names();
	expect(bySeeders).not.toEqual(best);
	const seeders = (await page.locator('.results .card .seeders').allTextContents()).map((text) =>
		parseInt(text, 10)
	);
	expect(seeders).toHaveLength(12);
	expect(seeders).toEqual([...seeders].sort((a, b) => b - a));

	await page.getByLabel('Min size').fill('4GB');
	await page.getByLabel('Min size').press('Enter');
	await expect(page.locator('.results .card')).toHaveCount(3);
	expect(await names()).toEqual([
		'Silo S03E06 1080p WEB H264-CAKES',
		'Silo S03E06 The Drive 2160P ATVP WEB-DL DDP5.1 Atmos DV HDR. H.265',
		'Silo.S03E06.The.Drive.2160p.ATVP.WEB-DL.DDP5.1.ENG.ITA.Atmos.H265-TheBlackKing'
	]);
	await expect(page).toHaveURL(/minsize=4GB/);
});

test('preferences are remembered on this browser and applied to the next search', async ({ page }) => {
	await finished(page, SEARCH);
	await page
		.getByRole('group', { name: 'Resolution' })
		.getByRole('button', { name: /^1080p/ })
		.click();
	await expect(page.locator('.results .card')).toHaveCount(5);
	expect(await page.evaluate(() => localStorage.getItem('cf-torrent-preferences'))).toBe('res=1080p');
	await finished(page, SEARCH);
	await expect(page).toHaveURL(/res=1080p/);
	await expect(page.locator('.results .card')).toHaveCount(5);
});

test('the same address without JavaScript shows the same filtered list', async ({ page, browser }) => {
	const path = '/search?q=silo&engines=apibay&res=2160p,1080p&exclude=dv';
	await finished(page, path);
	const withScript = await shownNames(page);
	expect(withScript).toHaveLength(6);
	expect(withScript[0]).toBe(
		'Silo.S03E06.The.Drive.2160p.ATVP.WEB-DL.DDP5.1.ENG.ITA.Atmos.H265-TheBlackKing'
	);
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
	try {
		const bare = await context.newPage();
		await bare.goto(`${process.env.APP_URL}${path}`);
		await expect(bare).toHaveURL(/\/search\/basic\?/);
		const ranked = bare.getByTestId('ranked');
		await expect(ranked).toBeVisible({ timeout: 20_000 });
		expect(await ranked.locator('.card h3').allTextContents()).toEqual(withScript);
		await expect(bare.getByTestId('hidden')).toContainText('6 hidden by your filters');
		// the streamed copy is hidden once the ranked list is written: each result shows once
		await expect(bare.getByRole('heading', { name: 'Silo S03E06 1080p WEB H264-CAKES' })).toHaveCount(1);
		await bare.screenshot({ path: 'test-results/screenshots/preferences-phone-nojs.png', fullPage: true });
	} finally {
		await context.close();
	}
});

test('an invalid preference is a friendly 400 page naming it, and a JSON error on the API', async ({
	page,
	request
}) => {
	const response = await page.goto('/search?q=silo&res=4k');
	expect(response?.status()).toBe(400);
	await expect(page.getByText(/res: unknown resolution 4k/)).toBeVisible();
	const api = await request.get('/api/search/stream?q=silo&sort=random');
	expect(api.status()).toBe(400);
	expect(await api.json()).toEqual({ error: 'sort must be one of best, seeders, size, newest' });
});

test('the configure page gives the add-on’s address and an Install in Stremio link', async ({
	page
}, testInfo) => {
	await page.goto('/configure');
	const url = page.getByTestId('manifest-url');
	await expect(url).toHaveValue(`${process.env.APP_URL}/api/stremio/manifest.json`);
	await page.getByLabel('2160p').check();
	await page.getByLabel('Cinema recordings (CAM, TS, TC)').check();
	await page.getByRole('group', { name: 'Engines' }).getByLabel('YTS').check();
	const expected = `${process.env.APP_URL}/api/stremio/res=2160p|exclude=cam|engines=yts/manifest.json`;
	await expect(url).toHaveValue(expected);
	await expect(page.getByRole('link', { name: 'Install in Stremio' })).toHaveAttribute(
		'href',
		expected.replace(/^http:/, 'stremio:')
	);
	const manifest = await (await fetch(expected)).json();
	expect(manifest).toMatchObject({
		id: 'com.stremio.cftorrent.addon',
		behaviorHints: { configurable: true }
	});
	const path = 'test-results/screenshots/preferences-phone-configure.png';
	await page.screenshot({ path, fullPage: true });
	await testInfo.attach('configure', { path, contentType: 'image/png' });
	// Stremio's Configure button on that add-on opens the page filled in
	await page.goto(expected.replace('manifest.json', 'configure'));
	await expect(page.getByTestId('manifest-url')).toHaveValue(expected);
});

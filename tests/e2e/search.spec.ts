// The search page with JavaScript: magnets stream in before the slowest engine answers, copy works, engine
// chips say what happened, and sorting, filtering and the web-links view act instantly.
import { hasFixtures } from '../fake-web/fake-web.ts';
import { expect, test } from './fixtures.ts';
import { HELD_QUERY, QUERY_WITHOUT_MAGNETS, RELEASE_SLOW_ENGINE } from './scenario.ts';

test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');

test('the first magnet shows before the slow engine answers, the rest when it does', async ({ page }) => {
	// The slow web engine answers this query only when released below: whatever the machine's speed, the
	// index's magnets must be on screen while its chip still waits.
	await page.goto(`/search?q=${encodeURIComponent(HELD_QUERY)}`);
	const cards = page.locator('.card');
	await expect(cards.first()).toBeVisible();
	await expect(page.locator('.chip[data-engine="apibay"]')).toHaveAttribute('data-status', 'ok');
	await expect(page.locator('.chip[data-engine="duckduckgo"]')).toHaveAttribute('data-status', 'waiting');
	await expect(page.getByTestId('progress')).not.toContainText('done in');
	expect((await fetch(`${process.env.FAKE_WEB_URL}${RELEASE_SLOW_ENGINE}`)).status).toBe(200);

	// Then the slow engine's pages are checked and their magnets added (1337x capture: a 2160p release).
	await expect(page.locator('.chip[data-engine="duckduckgo"]')).toHaveAttribute('data-status', 'ok', {
		timeout: 15_000
	});
	await expect(
		page.getByRole('heading', { name: /Silo\.S03E06\.The\.Drive\.2160p\.ATVP\.WEB-DL\.ITA/ })
	).toBeVisible({
		timeout: 15_000
	});
	await expect(page.getByTestId('progress')).toContainText(
		/2 of 2 engines answered · 4 pages checked · \d+ magnets · done in/,
		{
			timeout: 15_000
		}
	);
	// A magnet seen on the index and on a site is one card that names both places.
	const merged = cards.filter({
		has: page.getByRole('heading', { name: 'Silo S03E06 1080p WEB H264-CAKES' })
	});
	await expect(merged).toHaveCount(1);
	await merged.getByText('More').click();
	await expect(merged.getByRole('link', { name: '127.0.0.1' })).toHaveAttribute('rel', 'noreferrer noopener');
});

test('copy puts the magnet and the infohash on the clipboard, with feedback', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/search?q=silo&engines=apibay');
	const card = page
		.locator('.card')
		.filter({ has: page.getByRole('heading', { name: 'Silo S03E06 1080p WEB H264-CAKES' }) });
	await card.getByText('More').click();
	await card.getByRole('button', { name: 'Copy magnet' }).click();
	await expect(card.getByRole('status')).toHaveText('Copied');
	const magnet = await page.evaluate(() => navigator.clipboard.readText());
	expect(magnet).toMatch(/^magnet:\?xt=urn:btih:92d8a3f6864911ef292b4be0dd5286406396d2b3/i);
	await expect(card.getByRole('link', { name: 'Open magnet' })).toHaveAttribute('href', magnet);

	await card.getByRole('button', { name: 'Copy infohash' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'92d8a3f6864911ef292b4be0dd5286406396d2b3'
	);
});

test('a blocked engine shows its chip and says why', async ({ page }) => {
	await page.goto('/search?q=silo&engines=mojeek,apibay');
	const chip = page.locator('.chip[data-engine="mojeek"]');
	await expect(chip).toHaveAttribute('data-status', /blocked|suspended/);
	await expect(chip).toContainText('Mojeek');
	await expect(page.getByTestId('problems')).toContainText(
		/Mojeek (blocked this server \(access denied \(HTTP 403\)\)|is paused)/
	);
	// The other engine's magnets are still there.
	await expect(page.locator('.card')).not.toHaveCount(0);
});

test('sort and filters act on the page at once; the web-links view lists each engine’s links', async ({
	page
}) => {
	await page.goto('/search?q=silo&engines=apibay');
	await expect(page.getByTestId('progress')).toContainText('done in');
	const names = () => page.locator('.card h3').allTextContents();
	// the scenario's apibay answer: 12 releases, 3 of them 720p, arriving in the seeders' order
	await expect(page.locator('.card')).toHaveCount(12);

	await page.getByRole('group', { name: 'Resolution' }).getByRole('button', { name: /^720p/ }).click();
	await expect(page.locator('.card')).toHaveCount(3);
	for (const name of await names()) expect(name).toContain('720p');
	await page.getByRole('group', { name: 'Resolution' }).getByRole('button', { name: 'All' }).click();
	await expect(page.locator('.card')).toHaveCount(12);

	// the best order puts resolution first, so it is not the seeders' order: sorting must change it
	const seedersShown = async () =>
		(await page.locator('.card .seeders').allTextContents()).map((text) => parseInt(text, 10));
	const before = await seedersShown();
	expect(before).toHaveLength(12);
	expect(before).not.toEqual([...before].sort((a, b) => b - a));
	await page.getByText('Filters and order').click();
	await page.getByLabel('Sort by').selectOption('seeders');
	await expect.poll(seedersShown).toEqual([...before].sort((a, b) => b - a));

	// 4 GB and more: exactly the three releases of 4.1, 9.3 and 4.2 GiB, still by seeders
	await page.getByLabel('Min size').fill('4GB');
	await page.getByLabel('Min size').press('Enter');
	await expect(page.locator('.card')).toHaveCount(3);
	expect(await page.locator('.card .facts .size').allTextContents()).toEqual([
		'4.1\u00a0GiB',
		'9.3\u00a0GiB',
		'4.2\u00a0GiB'
	]);

	await page.getByRole('button', { name: 'Web links' }).click();
	await expect(page).toHaveURL(/view=links/);
	await expect(page.getByRole('heading', { name: /The Pirate Bay/ })).toBeVisible();
});

test('the web-links view shows each checked page with a badge', async ({ page }) => {
	await page.goto('/search?q=silo&engines=duckduckgo&view=links');
	const section = page.locator('section', { has: page.getByRole('heading', { name: /DuckDuckGo/ }) });
	await expect(section.getByRole('listitem')).toHaveCount(4, { timeout: 15_000 });
	await expect(
		section.getByRole('listitem').filter({ hasText: '/sites/1337x/' }).locator('.badge')
	).toHaveText(/\d+ magnets?/, { timeout: 15_000 });
});

test('a search that finds no magnet says how many pages were checked', async ({ page }) => {
	await page.goto(`/search?q=${encodeURIComponent(QUERY_WITHOUT_MAGNETS)}&engines=duckduckgo`);
	await expect(page.getByTestId('empty')).toHaveText('No magnets on the 2 pages checked.', {
		timeout: 15_000
	});
	await expect(page.locator('.card')).toHaveCount(0);
	await page.getByRole('button', { name: 'Web links' }).click();
	await expect(page.locator('.badge.failed')).toHaveCount(1);
});

test('a new search from the results page starts afresh and stays on the page', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Search for').fill('silo');
	await page.getByLabel('Search for').press('Enter');
	await expect(page.locator('.card').first()).toBeVisible();
	await page.getByLabel('Search for').fill(QUERY_WITHOUT_MAGNETS);
	await page.getByText(/^Where to look/).click();
	await page
		.getByRole('group', { name: 'Torrent indexes' })
		.getByLabel(/The Pirate Bay/)
		.uncheck();
	await page.getByLabel('Search for').press('Enter');
	await expect(page.getByTestId('empty')).toHaveText('No magnets on the 2 pages checked.', {
		timeout: 15_000
	});
	await expect(page.locator('.card')).toHaveCount(0);
	// Only the JavaScript-less browser is sent to the basic page, never one that navigated here by script:
	// the page that script rendered holds no live refresh (a <noscript> one is inert text while scripts run).
	await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
	await expect(page.locator('noscript meta')).toHaveCount(0);
	expect(new URL(page.url()).pathname).toBe('/search');
});

test('when the stream fails the page says why and offers the basic page', async ({ page }) => {
	await page.route('**/api/search/stream?**', (route) =>
		route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"too many searches"}' })
	);
	await page.goto('/search?q=silo');
	await expect(page.getByRole('alert')).toContainText('The search stopped early (too many searches)');
	await expect(page.getByRole('link', { name: 'Open the basic results page' })).toHaveAttribute(
		'href',
		'/search/basic?q=silo'
	);
});

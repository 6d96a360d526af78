// Saved searches in Chromium on a phone-sized screen: save from the results page, see "1 new" on the home
// page after the site gains a release and the feed is polled (as a torrent client would), open it with
// the new result marked, rename and delete; and without JavaScript, save and list. Its own fake web (one
// index whose releases the test adds to) and its own server, so its saved list is no other test's.
import AxeBuilder from '@axe-core/playwright';
import { startApp, type App } from '../app-server.ts';
import { FIRST, SECOND, startWatchedWeb, watchEnv, type WatchedWeb } from '../saved/scenario.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ mode: 'serial', timeout: 60_000 });
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

let web: WatchedWeb;
let app: App;

test.beforeAll(async () => {
	web = await startWatchedWeb();
	app = await startApp(watchEnv(web));
});

test.afterAll(async () => {
	await app?.stop();
	await web?.close();
});

const QUERY = 'fakenet open show';

test('save a search, see what is new after a feed poll, open it, rename and delete it', async ({
	page,
	request
}) => {
	// An axe run besides the steps: more than the default on a busy machine.
	test.setTimeout(120_000);
	await page.goto(`${app.url}/search?q=${encodeURIComponent(QUERY)}&engines=apibay`);
	await expect(page.getByRole('heading', { name: FIRST })).toBeVisible();

	// Saving opens the saved search's results; once shown, they are what "seen" means.
	const viewed = page.waitForResponse((response) => /\/api\/saved\/[^/]+\/viewed$/.test(response.url()));
	await page.getByRole('button', { name: 'Save this search' }).click();
	await expect(page).toHaveURL(/[?&]saved=/);
	await expect(page.getByText(`Saved search: ${QUERY}`)).toBeVisible();
	expect((await viewed).status()).toBe(204);
	await expect(page.getByTestId('new-badge')).toHaveCount(0);

	await page.goto(`${app.url}/`);
	const saved = page.getByTestId('saved-search');
	await expect(saved).toHaveCount(1);
	await expect(saved.getByRole('link', { name: QUERY })).toBeVisible();
	await expect(saved).toContainText('nothing new');

	// The site gains a release; the torrent client polls the feed; the home page now says so.
	web.releases.push(SECOND);
	const feed = await saved.getByRole('link', { name: 'RSS feed' }).getAttribute('href');
	expect((await request.get(feed!)).status()).toBe(200);
	await page.reload();
	await expect(saved.getByTestId('saved-new')).toHaveText('1 new');
	await page.screenshot({ path: 'test-results/screenshots/saved-searches-phone.png' });
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	// Opened, the new release is marked, and only it.
	const viewedAgain = page.waitForResponse((response) => /\/viewed$/.test(response.url()));
	await saved.getByRole('link', { name: QUERY }).click();
	await expect(page.getByTestId('progress')).toContainText('done');
	// Results that rank above those already on screen wait behind a tap rather than move the cards.
	if ((await page.getByTestId('better').count()) > 0) await page.getByTestId('better').click();
	await expect(page.getByRole('heading', { name: SECOND })).toBeVisible();
	await expect(page.getByTestId('new-badge')).toHaveCount(1);
	await expect(page.getByRole('heading', { name: SECOND }).getByTestId('new-badge')).toBeVisible();
	await expect(page.getByTestId('fresh-count')).toHaveText('1 new since you last looked');
	await viewedAgain;
	await page.goto(`${app.url}/`);
	await expect(saved).toContainText('nothing new');

	// Renamed: a new feed address, the old one revoked.
	await saved.getByLabel('Name').fill('Fakenet weekly');
	await saved.getByRole('button', { name: 'Rename' }).click();
	await expect(saved.getByRole('link', { name: 'Fakenet weekly' })).toBeVisible();
	const renamedFeed = await saved.getByRole('link', { name: 'RSS feed' }).getAttribute('href');
	expect(renamedFeed).not.toBe(feed);
	expect((await request.get(feed!)).status()).toBe(404);

	await saved.getByRole('button', { name: 'Delete: Fakenet weekly' }).click();
	await expect(saved).toHaveCount(0);
	expect((await request.get(renamedFeed!)).status()).toBe(404);
	web.releases.pop();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('saves a search from the results page and lists it on the home page', async ({ page }) => {
		await page.goto(`${app.url}/search?q=${encodeURIComponent(QUERY)}&engines=apibay`);
		await expect(page).toHaveURL(/\/search\/basic\?/);
		await expect(page.getByRole('heading', { name: FIRST })).toBeVisible();
		await page.getByLabel('Name').fill('No script show');
		await page.getByRole('button', { name: 'Save this search' }).click();
		await expect(page).toHaveURL(/\/search\/basic\?.*saved=/);
		await expect(page.getByText('Saved search: No script show')).toBeVisible();
		await expect(page.getByTestId('progress')).toBeVisible();

		await page.goto(`${app.url}/`);
		const saved = page.getByTestId('saved-search');
		await expect(saved.getByRole('link', { name: 'No script show' })).toBeVisible();
		await expect(saved).toContainText('nothing new');
		await saved.getByRole('button', { name: 'Delete: No script show' }).click();
		await expect(saved).toHaveCount(0);
	});
});

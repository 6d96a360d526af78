// "Send to <label>" in Chromium on a phone-sized screen, with and without JavaScript, to real qBittorrent
// and Transmission daemons on loopback: the page's own request must pass our same-origin check under its
// strict CSP and Referrer-Policy, and the torrent must then be in the client.
import AxeBuilder from '@axe-core/playwright';
import { startApp, type App } from '../app-server.ts';
import { hasFixtures } from '../fake-web/fake-web.ts';
import {
	PROGRAMS,
	installed,
	startQbittorrent,
	startTransmission,
	type Daemon
} from '../torrent-clients/daemons.ts';
import { expect, test } from './fixtures.ts';
import { fakeWebEnv } from './scenario.ts';

test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');
test.skip(
	!installed(PROGRAMS.qbittorrent) || !installed(PROGRAMS.transmission),
	'needs qbittorrent-nox and transmission-daemon (scripts/ensure-system-packages installs them)'
);
// Real daemons and several axe runs: more than the default 30 s on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 60_000 });
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

let app: App;
let qbt: Daemon;
let tr: Daemon;

test.beforeAll(async () => {
	test.setTimeout(90_000);
	[qbt, tr] = await Promise.all([startQbittorrent(), startTransmission()]);
	app = await startApp({
		...fakeWebEnv(process.env.FAKE_WEB_URL ?? ''),
		ENGINES: 'apibay',
		TORRENT_CLIENTS: `Home server=qbittorrent+${qbt.url},NAS=transmission+${tr.url}`
	});
});

test.afterAll(async () => {
	await app?.stop();
	await Promise.all([qbt?.stop(), tr?.stop()]);
});

/** The infohash a card shows in full in its title attribute. */
async function cardInfohash(card: import('@playwright/test').Locator): Promise<string> {
	return (await card.locator('code[title]').getAttribute('title')) ?? '';
}

/** What Chromium reports refusing under the page's CSP (its console says so, with or without JavaScript). */
function cspRefusals(page: import('@playwright/test').Page): string[] {
	const refusals: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
	});
	return refusals;
}

test('a tap sends a result to the chosen client, which then lists it', async ({ page }) => {
	const refusals = cspRefusals(page);
	await page.goto(`${app.url}/search?q=silo`);
	const card = page.locator('.card').first();
	// A busy machine may take a while to search the fake web.
	await expect(card).toBeVisible({ timeout: 15_000 });
	const infohash = await cardInfohash(card);

	await card.getByText('Send to…').click();
	await card.getByRole('button', { name: 'Send to Home server' }).click();
	await expect(card.locator('.send-status')).toHaveText('Sent to Home server');
	expect((await qbt.torrents()).map((torrent) => torrent.infohash)).toContain(infohash);

	await card.getByText('Send to…').click();
	await card.getByRole('button', { name: 'Send to Home server' }).click();
	await expect(card.locator('.send-status')).toHaveText('Already in Home server');

	// A phone's view: the first card says how its send went, the second has its menu open.
	const second = page.locator('.card').nth(1);
	await second.getByText('Send to…').click();
	await expect(second.getByRole('button', { name: 'Send to NAS' })).toBeVisible();
	await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await page.screenshot({ path: 'test-results/screenshots/send-phone.png' });
	// The menu open and a card's feedback shown: axe finds nothing in either theme.
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	}
	await second.getByRole('button', { name: 'Send to NAS' }).click();
	await expect(second.locator('.send-status')).toHaveText('Sent to NAS');
	expect((await tr.torrents()).map((torrent) => torrent.infohash)).toContain(await cardInfohash(second));
	expect(refusals).toEqual([]);
});

test('axe finds nothing in the forms of the page written for browsers without JavaScript', async ({
	page
}) => {
	// Run with JavaScript on: axe is a script (the page itself has none).
	await page.goto(`${app.url}/search/basic?q=silo`);
	await expect(page.getByTestId('progress')).toBeVisible({ timeout: 15_000 });
	// the send form is one of a card's further actions: open them all, so axe reads every form
	for (const more of await page.locator('details.more').all())
		await more.evaluate((d) => ((d as HTMLDetailsElement).open = true));
	// the ranked list, written last (the streamed copies above it are hidden)
	await expect(page.locator('.send-form:visible').first()).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('a client that is down says so on the card', async ({ page }) => {
	await page.goto(`${app.url}/search?q=silo`);
	const card = page.locator('.card').nth(2);
	await expect(card).toBeVisible({ timeout: 15_000 });
	await tr.stop();
	await card.getByText('Send to…').click();
	await card.getByRole('button', { name: 'Send to NAS' }).click();
	await expect(card.locator('.send-status')).toHaveText(
		'Not sent: NAS (Transmission) could not be reached (connection refused)'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each result has a form that sends it and comes back to the results', async ({ page }) => {
		// form-action 'self' must let the form post.
		const refusals = cspRefusals(page);
		await page.goto(`${app.url}/search/basic?q=silo`);
		// the ranked list is written when the search ends; the streamed copies above it are then hidden
		await expect(page.getByTestId('progress')).toBeVisible({ timeout: 15_000 });
		const card = page.locator('.card:visible').nth(3);
		await expect(card).toBeVisible();
		const infohash = await cardInfohash(card);
		await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await page.screenshot({ path: 'test-results/screenshots/send-basic-phone.png' });
		await card.locator('details.more summary').click();
		await card.getByRole('button', { name: 'Send to Home server' }).click();
		await expect(page.getByTestId('send-result')).toHaveText('Sent to Home server');
		await page.screenshot({ path: 'test-results/screenshots/send-basic-sent-phone.png' });
		expect((await qbt.torrents()).map((torrent) => torrent.infohash)).toContain(infohash);
		await page.getByRole('link', { name: 'Back to the results' }).click();
		await expect(page).toHaveURL(/\/search\/basic\?q=silo$/);
		expect(refusals).toEqual([]);
	});
});

// A torrent name that is markup, on the search page in Chromium: shown as the text it is, never run.
import { startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { duckduckgoSerp } from '../fake-web/serp.ts';
import { IMG_NAME, SCRIPT_NAME, XSS_PAGE, hostileEnv } from '../hardening/hostile-web.ts';
import { expect, test } from './fixtures.ts';

let web: FakeWeb;
let app: App;

test.beforeAll(async () => {
	web = await startFakeWeb();
	web.route('/ddg/html', { body: duckduckgoSerp([`${web.url}/site/xss`]) });
	web.route('/site/xss', { body: XSS_PAGE });
	app = await startApp(hostileEnv(web.url));
});

test.afterAll(async () => {
	await app?.stop();
	await web?.close();
});

for (const path of ['/search?q=script+alert', '/search/basic?q=script+alert']) {
	test(`${path} shows markup names literally and runs none of them`, async ({ page, browser }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(app.url + path);
		await expect(page.getByRole('heading', { name: SCRIPT_NAME, exact: true })).toBeVisible({
			timeout: 15_000
		});
		await expect(page.getByRole('heading', { name: IMG_NAME, exact: true })).toBeVisible();
		expect(dialogs).toEqual([]);
		// No element came from a name: no injected image, no script holding alert().
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		const scripts = await page
			.locator('script')
			.evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
		expect(scripts.filter((text) => text.includes('alert('))).toEqual([]);
		expect(browser.isConnected()).toBe(true);
	});
}

// The phone app, on a server that sleeps between visits (socket-activated, IDLE_TIMEOUT) and with the
// service worker allowed: installable with no error; a repeat visit paints the worker's shell, wakes the
// server and streams results; the app left open lets the server exit; a server that is off is said to be
// unreachable until it is back; a share becomes a search; a new version's worker takes over at the next
// load. Screenshots for a person to look at go to test-results/phone/.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config.ts';
import { ROOT } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { buildVersion, startSleepyServer, type SleepyServer } from './sleepy-server.ts';
import { expect, test } from './fixtures.ts';

const PHONE = { width: 390, height: 844 };
const IDLE_TIMEOUT = 2;
const INFOHASH = 'c9e15763f722f23e98a29decdfae341b98d53056';
const SHOTS = join(ROOT, 'test-results', 'phone');

test.use({ serviceWorkers: 'allow', viewport: PHONE });
// Every test wakes a real server, several times: a busy machine makes that slow, never wrong.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

let web: FakeWeb;

/** One index that finds one torrent named after the query, and Cinemeta naming one film. */
async function startWeb(): Promise<FakeWeb> {
	return startFakeWeb({
		'/q.php': {
			headers: { 'content-type': 'application/json' },
			body: (url) =>
				JSON.stringify([
					{
						id: '7',
						name: `${url.searchParams.get('q')} 1080p`,
						info_hash: INFOHASH.toUpperCase(),
						seeders: '12',
						leechers: '3',
						size: '1048576'
					}
				])
		},
		'/cinemeta/meta/movie/tt0111161.json': {
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ meta: { id: 'tt0111161', name: 'The Shawshank Redemption', year: '1994' } })
		}
	});
}

function serverEnv(webUrl: string): Record<string, string> {
	return {
		IDLE_TIMEOUT: String(IDLE_TIMEOUT),
		ENGINES: 'apibay',
		APIBAY_URL: webUrl,
		CINEMETA_URL: `${webUrl}/cinemeta`,
		IMDB_URL: `${webUrl}/imdb`,
		EGRESS_ALLOWLIST: '127.0.0.1',
		CACHE_TTL_SECONDS: '0'
	};
}

/** A first visit: the page registers the worker, which installs and takes the page over. */
async function openApp(page: Page, url: string): Promise<void> {
	await page.goto(`${url}/`);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 20_000
	});
}

async function searchFinished(page: Page): Promise<void> {
	await expect(page.getByTestId('progress')).toContainText('done in', { timeout: 20_000 });
}

test.beforeAll(async () => {
	web = await startWeb();
});
test.afterAll(async () => {
	await web?.close();
});

test.describe('on a server that sleeps', () => {
	let server: SleepyServer;
	test.beforeAll(async () => {
		server = await startSleepyServer(serverEnv(web.url));
	});
	test.afterAll(async () => {
		await server?.close();
	});

	test('is installable with no error (Chromium, persistent profile)', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'cf-torrent-profile-'));
		// Playwright's own contexts are incognito, where Chromium reports `in-incognito` whatever the app.
		const context = await chromium.launchPersistentContext(profile, {
			...config.use?.launchOptions,
			viewport: PHONE,
			serviceWorkers: 'allow'
		});
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await openApp(page, server.url);
			const manifest = await page.request.get(`${server.url}/manifest.webmanifest`);
			expect(manifest.headers()['content-type']).toBe('application/manifest+json');
			const cdp = await context.newCDPSession(page);
			const errors = async () =>
				((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] })
					.installabilityErrors;
			await expect.poll(errors, { timeout: 15_000 }).toEqual([]);
			const app = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
			expect(app.errors).toEqual([]);
			expect(app.url).toBe(`${server.url}/manifest.webmanifest`);
			await page.screenshot({ path: join(SHOTS, 'home-installed.png') });
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});

	test('a repeat visit paints the shell, wakes the server, streams results, then lets it sleep', async ({
		page,
		context
	}) => {
		await openApp(page, server.url);
		await server.asleep();
		const since = Date.now();
		const response = await page.goto(`${server.url}/search?q=${encodeURIComponent('shell test')}`);
		// The worker answered, with the shell, before any server process ran.
		expect(response?.fromServiceWorker()).toBe(true);
		expect(await response?.text()).toContain('Waking the server…');
		await expect(page.locator('.card').first()).toContainText('shell test 1080p', { timeout: 20_000 });
		await expect(page.getByLabel('Search for')).toHaveValue('shell test');
		await searchFinished(page);
		const woken = await server.supervisor.next('start', since);
		// Open and idle: nothing is asked of the server, and it exits by itself.
		const asked: string[] = [];
		context.on('request', (request) => asked.push(request.url()));
		const exit = await server.supervisor.next('exit', woken.at, 30_000);
		expect(exit).toMatchObject({ pid: woken.pid, code: 0, signal: null });
		expect(asked).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'results-after-wake.png') });
	});

	test('a server that is off is said to be unreachable, and the retry works once it is back', async ({
		page
	}) => {
		await openApp(page, server.url);
		await server.stop();
		await page.goto(`${server.url}/search?q=${encodeURIComponent('back again')}`);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText("Can't reach the server");
		await expect(page.getByLabel('Search for')).toHaveValue('back again');
		await page.screenshot({ path: join(SHOTS, 'unreachable-light.png') });
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		}
		await page.screenshot({ path: join(SHOTS, 'unreachable-dark.png') });
		await page.emulateMedia({ colorScheme: 'light' });
		await server.restart();
		await page.getByRole('button', { name: 'Retry' }).click();
		await expect(page.locator('.card').first()).toContainText('back again 1080p', { timeout: 20_000 });
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('the shell while it wakes has no axe violation in either theme', async ({ page }) => {
		await openApp(page, server.url);
		await server.asleep();
		// Held at the shell: the wake request waits until the test lets it through.
		let release = () => {};
		const released = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/healthz', async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(`${server.url}/search?q=waking`);
		await expect(page.getByRole('status').filter({ hasText: 'Waking the server…' })).toBeVisible();
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.screenshot({ path: join(SHOTS, `waking-${colorScheme}.png`) });
		}
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
		}
		// Held past the wake bound on a busy machine, it would say the server is unreachable: the real page
		// after a wake is the test above.
		release();
	});

	test('a language switch through the worker comes back in that language, the shell as well', async ({
		page
	}) => {
		await openApp(page, server.url);
		await page.getByText('Language: English').click();
		await page.getByRole('link', { name: 'Español' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await server.asleep();
		// The next visit's shell was made again after the switch: it speaks Spanish before the server wakes.
		const response = await page.goto(`${server.url}/search?q=hola`);
		expect(response?.fromServiceWorker()).toBe(true);
		expect(await response?.text()).toContain('lang="es"');
		await expect(page.locator('.card').first()).toContainText('hola 1080p', { timeout: 20_000 });
	});

	test('a shared IMDb link searches its title, and shared text searches itself', async ({ page }) => {
		await openApp(page, server.url);
		const share = new URLSearchParams({
			title: 'The Shawshank Redemption (1994) - IMDb',
			text: 'https://www.imdb.com/title/tt0111161/'
		});
		await page.goto(`${server.url}/share?${share}`);
		await expect(page).toHaveURL(`${server.url}/search?q=The+Shawshank+Redemption+1994`);
		await expect(page.getByLabel('Search for')).toHaveValue('The Shawshank Redemption 1994');
		const card = page.locator('.card').first();
		await expect(card).toContainText('The Shawshank Redemption 1994 1080p', { timeout: 20_000 });
		// A magnet opens the device's torrent app; copying stays for the apps that do not take links.
		await expect(card.getByRole('link', { name: 'Open magnet' })).toHaveAttribute(
			'href',
			/^magnet:\?xt=urn:btih:/
		);
		// copying stays, one of the card's further actions
		await card.getByText('More', { exact: true }).click();
		await expect(card.getByRole('button', { name: 'Copy magnet' })).toBeVisible();
		await page.screenshot({ path: join(SHOTS, 'shared-imdb.png') });

		await page.goto(`${server.url}/share?${new URLSearchParams({ text: 'ubuntu 24.04' })}`);
		await expect(page).toHaveURL(`${server.url}/search?q=ubuntu+24.04`);
		await expect(page.locator('.card').first()).toContainText('ubuntu 24.04 1080p', { timeout: 20_000 });
	});
});

test.describe('a new release', () => {
	const NEXT = '2.0.0-next';
	const nextBuild = join(ROOT, '.cache', 'build-next');
	let server: SleepyServer;

	test.beforeAll(async () => {
		// A second real build of the app, under another version name, as a deployment would pull.
		test.setTimeout(300_000);
		buildVersion(nextBuild, NEXT);
		server = await startSleepyServer(serverEnv(web.url));
	});
	test.afterAll(async () => {
		await server?.close();
		rmSync(nextBuild, { recursive: true, force: true });
	});

	/** Every build file the page loaded, by path. */
	async function loadedBuildFiles(page: Page): Promise<string[]> {
		return page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((entry) => new URL(entry.name).pathname)
				.filter((path) => path.startsWith('/_app/immutable/'))
		);
	}

	const cacheNames = (page: Page): Promise<string[]> => page.evaluate(() => caches.keys());

	test('takes over at the next load: no shell of the old version talks to the new server', async ({
		page
	}) => {
		await openApp(page, server.url);
		const version = (await (await page.request.get(`${server.url}/healthz`)).json()) as { version: string };
		expect(await cacheNames(page)).toEqual([`cf-torrent-${version.version}`]);
		await server.asleep();
		server.deploy(nextBuild);
		await page.goto(`${server.url}/search?q=${encodeURIComponent('next release')}`);
		await expect(page.locator('.card').first()).toContainText('next release 1080p', { timeout: 30_000 });
		expect(await cacheNames(page)).toEqual([`cf-torrent-${NEXT}`]);
		const nextFiles = new Set(
			readdirSync(join(nextBuild, 'client', '_app', 'immutable'), { recursive: true }).map(
				(file) => `/_app/immutable/${String(file)}`
			)
		);
		const loaded = await loadedBuildFiles(page);
		expect(loaded.length).toBeGreaterThan(0);
		expect(loaded.filter((path) => !nextFiles.has(path))).toEqual([]);
		await page.screenshot({ path: join(SHOTS, 'after-update.png') });
	});
});

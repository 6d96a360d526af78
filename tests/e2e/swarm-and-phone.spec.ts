// What swarm health looks like on the page, on a phone: a real tracker and a peer on loopback give one
// result its seeders and files and another none at all (dead); and with every default engine's chip, the
// first result still begins on the first screen of a 390×844 phone.
import fixtures from 'webtorrent-fixtures';
import { startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { bingSerp } from '../fake-web/serp.ts';
import {
	loopbackTorrent,
	startMetadataPeer,
	startTracker,
	type LoopbackTracker,
	type MetadataPeer
} from '../swarm/loopback-swarm.ts';
import { expect, test } from './fixtures.ts';

const PHONE = { width: 390, height: 844 };
const numbers = loopbackTorrent(fixtures.numbers!.torrent);
const DEAD = 'de'.repeat(20);

test.describe('swarm health on the results page', () => {
	let tracker: LoopbackTracker;
	let peer: MetadataPeer;
	let web: FakeWeb;
	let app: App;

	test.beforeAll(async () => {
		tracker = await startTracker();
		peer = await startMetadataPeer(numbers.info);
		await tracker.announce(numbers.infohash, { ip: '127.0.0.1', port: peer.port });
		const magnet = (hash: string, name: string) =>
			`<a href="magnet:?xt=urn:btih:${hash}&amp;dn=${name}&amp;tr=${encodeURIComponent(tracker.udpUrl)}">${name}</a>`;
		web = await startFakeWeb({
			'/bing/search': { body: () => bingSerp([`${web.url}/site/swarm`]) },
			'/site/swarm': {
				body: `<html><body>${magnet(numbers.infohash, 'numbers')} ${magnet(DEAD, 'gone')}</body></html>`
			}
		});
		app = await startApp({
			BING_URL: `${web.url}/bing`,
			ENGINES: 'bing',
			EGRESS_ALLOWLIST: '127.0.0.1',
			SWARM_HEALTH: 'on',
			CACHE_TTL_SECONDS: '0'
		});
	});

	test.afterAll(async () => {
		await app?.stop();
		await web?.close();
		await Promise.all([tracker?.close(), peer?.close()]);
	});

	test('a live card shows seeders and its files on demand; a dead one says so', async ({ page }) => {
		await page.setViewportSize(PHONE);
		await page.goto(`${app.url}/search?q=numbers`);
		await expect(page.getByTestId('progress')).toContainText('done in', { timeout: 15_000 });
		const live = page.locator('.card', { hasText: 'numbers' });
		await expect(live).toContainText('1 seeder');
		const files = live.locator('details.files');
		await expect(files.locator('summary')).toHaveText(`${numbers.files.length} files`);
		await expect(files.locator('li').first()).toBeHidden();
		await files.locator('summary').click();
		await expect(files.locator('li .path')).toHaveText(numbers.files.map((file) => file.path));

		const dead = page.locator('.card', { hasText: 'gone' });
		await expect(dead).toHaveClass(/\bdead\b/);
		await expect(dead).toContainText('dead: nobody seeds it');
	});
});

test('on a phone, four results are on the first screen below the form, status and filters', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	// Every default engine: seven chips, most of them failing with a reason, the worst case for height.
	await page.goto('/search?q=silo&engines=duckduckgo,bing,mojeek,apibay,nyaa,knaben,torrents-csv');
	await expect(page.getByTestId('progress')).toContainText('done in', { timeout: 15_000 });
	const form = await page.getByRole('search').boundingBox();
	const filters = await page.getByRole('group', { name: 'Resolution' }).boundingBox();
	const first = await page.locator('.card').first().boundingBox();
	expect(form && filters && first).toBeTruthy();
	expect(form!.y + form!.height).toBeLessThanOrEqual(first!.y);
	expect(filters!.y + filters!.height).toBeLessThanOrEqual(first!.y);
	// The fourth card, its name and its chips (resolution, size, seeders), ends on the first screen.
	const fourth = await page.locator('.card').nth(3).boundingBox();
	expect(fourth!.y + fourth!.height).toBeLessThanOrEqual(PHONE.height);
});

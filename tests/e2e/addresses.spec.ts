// The app's addresses seen from outside: bad queries, the old cf-torrent URLs, OpenSearch, the home page's cost.
import { hasFixtures } from '../fake-web/fake-web.ts';
import { expect, test } from './fixtures.ts';

test('a bad query gets a friendly 400 page', async ({ page }) => {
	const response = await page.goto(`/search?q=${'a'.repeat(201)}`);
	expect(response?.status()).toBe(400);
	await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
	await expect(page.getByText(/at most 200 characters/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Back to search' })).toHaveAttribute('href', '/');
});

test('an empty query goes back home', async ({ page }) => {
	await page.goto('/search?q=');
	await expect(page).toHaveURL(/\/$/);
});

test('the old addresses redirect for good to the new search', async ({ request }) => {
	const torrent = await request.get(
		'/search/torrent/result?query=ubuntu&use_google=1&use_duckduckgo=1&use_bing=0',
		{
			maxRedirects: 0
		}
	);
	expect(torrent.status()).toBe(308);
	expect(torrent.headers().location).toBe('/search?q=ubuntu&engines=google%2Cduckduckgo');
	const web = await request.get('/search/web/result?query=ubuntu&use_duckduckgo=1', { maxRedirects: 0 });
	expect(web.status()).toBe(308);
	expect(web.headers().location).toBe('/search?q=ubuntu&engines=duckduckgo&view=links');
});

test('browsers can add cf-torrent as a search engine', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="search"]').getAttribute('href');
	expect(href).toBe('/opensearch.xml');
	// No TLS proxy in front (PROTOCOL_HEADER unset): the server is reached over plain http.
	const response = await request.get(href!);
	expect(response.headers()['content-type']).toContain('application/opensearchdescription+xml');
	const xml = await response.text();
	expect(xml).toContain('<ShortName>cf-torrent</ShortName>');
	expect(xml).toMatch(/template="http:\/\/127\.0\.0\.1:\d+\/search\?q=\{searchTerms\}"/);
});

test('the home page asks nothing of the web and ships little JavaScript', async ({ page }) => {
	const scripts: number[] = [];
	const outbound: string[] = [];
	// Every request the page makes, answered or not: a blocked or failed one has no response to listen for.
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') outbound.push(request.url());
	});
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') scripts.push((await response.body()).length);
	});
	await page.goto('/', { waitUntil: 'networkidle' });
	expect(outbound).toEqual([]);
	const total = scripts.reduce((sum, size) => sum + size, 0);
	// Svelte and SvelteKit's router with the page, and zod/mini for the preferences the page reads and
	// writes (about 32 KB of it): about 151 KB in all, well under what a UI framework alone would weigh.
	expect(total).toBeLessThan(160_000);
});

test('a client that does not ask for HTML first gets every result written in the page', async ({
	request
}) => {
	test.skip(!hasFixtures, 'needs ../shared/fixtures (real captures) beside the checkout');
	const response = await request.get('/search?q=silo&engines=apibay', { headers: { accept: '*/*' } });
	expect(response.status()).toBe(200);
	expect(response.url()).toContain('/search/basic?q=silo&engines=apibay');
	const html = await response.text();
	expect(html).toContain('Silo S03E06 1080p WEB H264-CAKES');
	expect(html).toMatch(/href="magnet:\?xt=urn:btih:92d8a3f6864911ef292b4be0dd5286406396d2b3/i);

	const bad = await request.get(`/search?q=${'a'.repeat(201)}`, { headers: { accept: '*/*' } });
	expect(bad.status()).toBe(400);
	expect(bad.headers()['content-type']).toContain('text/html');
	expect(await bad.text()).toContain('at most 200 characters');
});

import { afterEach, describe, expect, it } from 'vitest';
import { hasFixtures, readFixture, startFakeWeb, type FakeWeb } from './fake-web.ts';

let web: FakeWeb;
afterEach(() => web?.close());

describe('fake web', () => {
	it.skipIf(!hasFixtures)('serves a real capture with its content type', async () => {
		web = await startFakeWeb({ '/bing/search': { fixture: 'serp/bing-2026.html' } });
		const response = await fetch(`${web.url}/bing/search?q=ubuntu`);
		expect(response.headers.get('content-type')).toContain('text/html');
		expect(await response.text()).toBe(readFixture('serp/bing-2026.html').toString());
		expect(web.requests).toEqual(['/bing/search?q=ubuntu']);
	});

	it('answers after the configured latency', async () => {
		web = await startFakeWeb({ '/slow': { body: 'late', delayMs: 200 } });
		const started = performance.now();
		expect(await (await fetch(`${web.url}/slow`)).text()).toBe('late');
		expect(performance.now() - started).toBeGreaterThanOrEqual(190);
	});

	it('sends error codes and redirects', async () => {
		web = await startFakeWeb({ '/down': { status: 503, body: 'busy' }, '/moved': { redirect: '/down' } });
		expect((await fetch(`${web.url}/down`)).status).toBe(503);
		expect((await fetch(`${web.url}/moved`, { redirect: 'manual' })).headers.get('location')).toBe('/down');
		expect((await fetch(`${web.url}/nowhere`)).status).toBe(404);
	});

	it('hangs a response until the client gives up', async () => {
		web = await startFakeWeb({ '/hang': { body: 'x'.repeat(100), hang: true } });
		const response = await fetch(`${web.url}/hang`, { signal: AbortSignal.timeout(300) });
		expect(response.status).toBe(200);
		await expect(response.text()).rejects.toThrow();
	});

	it('echoes the query through a body function', async () => {
		web = await startFakeWeb({ '/api': { body: (url) => JSON.stringify({ q: url.searchParams.get('q') }) } });
		expect(await (await fetch(`${web.url}/api?q=silo`)).json()).toEqual({ q: 'silo' });
	});
});

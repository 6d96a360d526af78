// Warming the search core: after a page sent to a browser, once, and not after answers API clients read.
import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./search.ts', () => ({
	loadSearchCore: () => {
		loads.count++;
		return Promise.resolve();
	}
}));

const { warmUpAfterResponse, warmUpSearchCore, WARM_UP_DELAY_MS } = await import('./warm-up.ts');

function answer(path: string, response: Response, isDataRequest = false, hook = warmUpAfterResponse) {
	const event = { request: new Request(`http://localhost${path}`), isDataRequest } as RequestEvent;
	return hook({ event, resolve: async () => response });
}

afterEach(() => vi.useRealTimers());

describe('warm-up', () => {
	it('loads nothing after JSON, and the search core once after HTML pages', async () => {
		vi.useFakeTimers();
		await answer('/healthz', Response.json({ status: 'ok' }));
		await answer('/api/engines', Response.json([]));
		await vi.advanceTimersByTimeAsync(WARM_UP_DELAY_MS * 10);
		expect(loads.count).toBe(0);

		const page = new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
		expect(await answer('/', page)).toBe(page);
		await answer('/search', new Response('<p>', { headers: { 'content-type': 'text/html' } }));
		await vi.advanceTimersByTimeAsync(WARM_UP_DELAY_MS);
		await warmUpSearchCore();
		expect(loads.count).toBe(1);
	});

	it('loads the search core after a page’s data, as the app shell asks for it', async () => {
		vi.useFakeTimers();
		vi.resetModules();
		loads.count = 0;
		const fresh = await import('./warm-up.ts');
		await answer('/search/__data.json', Response.json({ type: 'data' }), true, fresh.warmUpAfterResponse);
		expect(loads.count).toBe(0);
		await vi.advanceTimersByTimeAsync(fresh.WARM_UP_DELAY_MS);
		await fresh.warmUpSearchCore();
		expect(loads.count).toBe(1);
	});
});

// Warming the search core: after a page sent to a browser, once, and not after answers API clients read
// nor after pages that search at once.
import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('./search.ts', () => ({
	loadSearchCore: () => {
		loads.count++;
		return Promise.resolve();
	}
}));

let warmUp: typeof import('./warm-up.ts');

/** Answers `path` through the hook as SvelteKit would, with the route it matched. */
function answer(path: string, routeId: string | null, response: Response, isDataRequest = false) {
	const event = {
		request: new Request(`http://localhost${path}`),
		route: { id: routeId },
		isDataRequest
	} as RequestEvent;
	return warmUp.warmUpAfterResponse({ event, resolve: async () => response });
}

const html = (body = '<!doctype html>') => new Response(body, { headers: { 'content-type': 'text/html' } });

beforeEach(async () => {
	vi.useFakeTimers();
	vi.resetModules();
	loads.count = 0;
	warmUp = await import('./warm-up.ts');
});
afterEach(() => vi.useRealTimers());

describe('warm-up', () => {
	it('loads nothing after JSON, and the search core once after HTML pages', async () => {
		await answer('/healthz', '/healthz', Response.json({ status: 'ok' }));
		await answer('/api/engines', '/api/engines', Response.json([]));
		await vi.advanceTimersByTimeAsync(warmUp.WARM_UP_DELAY_MS * 10);
		expect(loads.count).toBe(0);

		const page = html();
		expect(await answer('/', '/', page)).toBe(page);
		await answer('/configure', '/configure', html('<p>'));
		await vi.advanceTimersByTimeAsync(warmUp.WARM_UP_DELAY_MS);
		await warmUp.warmUpSearchCore();
		expect(loads.count).toBe(1);
	});

	it('loads the search core after a page’s data, as the app shell asks for it', async () => {
		await answer('/__data.json', '/', Response.json({ type: 'data' }), true);
		expect(loads.count).toBe(0);
		await vi.advanceTimersByTimeAsync(warmUp.WARM_UP_DELAY_MS);
		await warmUp.warmUpSearchCore();
		expect(loads.count).toBe(1);
	});

	it('leaves the core to the search after the results pages, which search at once', async () => {
		await answer('/search?q=silo', '/search', html());
		await answer('/search/__data.json?q=silo', '/search', Response.json({ type: 'data' }), true);
		await answer('/search/basic?q=silo', '/search/basic', html());
		await vi.advanceTimersByTimeAsync(warmUp.WARM_UP_DELAY_MS * 10);
		expect(loads.count).toBe(0);

		// The home page still warms it: a person is about to type there.
		await answer('/', '/', html());
		await vi.advanceTimersByTimeAsync(warmUp.WARM_UP_DELAY_MS);
		await warmUp.warmUpSearchCore();
		expect(loads.count).toBe(1);
	});
});

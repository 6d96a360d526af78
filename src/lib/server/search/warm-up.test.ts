// Warming the search core: after a page sent to a browser, once, and not after answers API clients read.
import type { RequestEvent } from '@sveltejs/kit';
import { afterEach, describe, expect, it, vi } from 'vitest';

const loads = vi.hoisted(() => ({ count: 0, parser: 0 }));
vi.mock('./live-search.ts', () => {
	loads.count++;
	return {};
});
vi.mock('#lib/server/egress/undici-parts.ts', () => ({ loadHttpParser: () => loads.parser++ }));

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
		expect(loads).toEqual({ count: 0, parser: 0 });

		const page = new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
		expect(await answer('/', page)).toBe(page);
		await answer('/search', new Response('<p>', { headers: { 'content-type': 'text/html' } }));
		await vi.advanceTimersByTimeAsync(WARM_UP_DELAY_MS);
		await warmUpSearchCore();
		expect(loads).toEqual({ count: 1, parser: 1 });
	});

	it('loads the search core after a page’s data, as the app shell asks for it', async () => {
		vi.useFakeTimers();
		vi.resetModules();
		loads.parser = 0;
		const fresh = await import('./warm-up.ts');
		await answer('/search/__data.json', Response.json({ type: 'data' }), true, fresh.warmUpAfterResponse);
		expect(loads.parser).toBe(0);
		await vi.advanceTimersByTimeAsync(fresh.WARM_UP_DELAY_MS);
		await fresh.warmUpSearchCore();
		// The mocked modules are evaluated once per file; the parser load shows the core was loaded again.
		expect(loads.parser).toBe(1);
	});
});

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

function answer(path: string, response: Response) {
	const event = { request: new Request(`http://localhost${path}`) } as RequestEvent;
	return warmUpAfterResponse({ event, resolve: async () => response });
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
});

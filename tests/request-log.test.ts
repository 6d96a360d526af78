import { describe, expect, it } from 'vitest';
import { startApp } from './app-server.ts';

describe('request log', () => {
	it('logs one line per request under the id the response carries, without the private query', async () => {
		const app = await startApp({ ENGINES: 'apibay', APIBAY_URL: 'http://127.0.0.1:9/apibay' });
		try {
			const health = await fetch(`${app.url}/healthz`);
			const id = health.headers.get('x-request-id');
			expect(id).toMatch(/^[0-9a-f]{8}$/);
			await (await fetch(`${app.url}/api/search?q=my+secret+words`)).text();
			// The line is written once the answer is out; the server's output reaches us a moment later.
			await expect.poll(() => app.output(), { timeout: 10_000 }).toMatch(/GET \/api\/search 200/);
			expect(app.output()).toContain(`${id} GET /healthz 200`);
			expect(app.output()).not.toContain('secret');
		} finally {
			await app.stop();
		}
	});
});

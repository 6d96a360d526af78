import { describe, expect, it } from 'vitest';
import { startApp } from './app-server.ts';

describe('OpenSearch description behind a TLS proxy', () => {
	it('uses the scheme the proxy names in PROTOCOL_HEADER', async () => {
		const app = await startApp({ PROTOCOL_HEADER: 'x-forwarded-proto', HOST_HEADER: 'x-forwarded-host' });
		try {
			const response = await fetch(`${app.url}/opensearch.xml`, {
				headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'cf.tailnet.ts.net' }
			});
			expect(await response.text()).toContain('template="https://cf.tailnet.ts.net/search?q={searchTerms}"');
		} finally {
			await app.stop();
		}
	});
});

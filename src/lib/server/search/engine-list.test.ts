// What /api/engines and the pages show of the engines: never credentials written into an engine URL.
import { describe, expect, it, vi } from 'vitest';
import { listEngines } from './engine-list.ts';

vi.mock('#lib/server/config.ts', async (importOriginal) => {
	const real = await importOriginal<typeof import('#lib/server/config.ts')>();
	return {
		...real,
		engineUrlOverride: (id: string) =>
			id === 'searxng'
				? 'http://searx-user:hunter2@127.0.0.1:8888/searx'
				: id === 'apibay'
					? 'http://:only-a-password@127.0.0.1:9999'
					: undefined
	};
});

describe('engine URLs as shown', () => {
	it('carry no userinfo, and keep the rest of the address', async () => {
		const engines = await listEngines();
		const text = JSON.stringify(engines);
		expect(text).not.toMatch(/hunter2|searx-user|only-a-password|@/);
		expect(engines.find((engine) => engine.id === 'searxng')?.url).toBe('http://127.0.0.1:8888/searx');
		expect(engines.find((engine) => engine.id === 'apibay')?.url).toBe('http://127.0.0.1:9999');
		expect(engines.find((engine) => engine.id === 'nyaa')?.url).toMatch(/^https:\/\/nyaa\.si/);
	});
});

// The registry with no override set: searxng, which has no public default, is unavailable.
import { describe, expect, it, vi } from 'vitest';
import { engines, engineUrl, isEngineAvailable } from './index.ts';

vi.mock('#lib/server/config.ts', () => ({ engineUrlOverride: () => undefined }));

describe('engine registry without overrides', () => {
	it('leaves searxng off and every other engine at its public endpoint', () => {
		expect(isEngineAvailable('searxng')).toBe(false);
		for (const engine of Object.values(engines).filter((engine) => engine.id !== 'searxng')) {
			expect(isEngineAvailable(engine)).toBe(true);
			expect(engineUrl(engine)).toBe(engine.defaultUrl);
		}
	});
});

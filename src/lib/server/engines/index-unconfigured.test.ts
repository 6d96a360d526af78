// The registry with no override set: searxng, which has no public default, is unavailable.
import { describe, expect, it, vi } from 'vitest';
import { engines } from './index.ts';
import { engineUrl, isEngineAvailable } from './endpoint.ts';

vi.mock('#lib/server/config.ts', () => ({ engineUrlOverride: () => undefined }));

describe('engine registry without overrides', () => {
	it('leaves searxng off and every other engine at its public endpoint', () => {
		expect(isEngineAvailable('searxng')).toBe(false);
		for (const engine of Object.values(engines).filter((engine) => engine.id !== 'searxng')) {
			expect(isEngineAvailable(engine.id)).toBe(true);
			expect(engineUrl(engine.id)).toBe(engine.defaultUrl);
		}
	});
});

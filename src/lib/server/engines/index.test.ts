// The registry: every id has its engine; base URLs come from the operator's overrides first.
import { describe, expect, it, vi } from 'vitest';
import { ENGINE_IDS } from '#lib/engine-ids.ts';
import { engines, getEngine } from './index.ts';
import { engineUrl, isEngineAvailable } from './endpoint.ts';

vi.mock('#lib/server/config.ts', () => ({
	engineUrlOverride: (id: string) =>
		({ bing: 'http://127.0.0.1:4000/bing', searxng: 'http://127.0.0.1:8888' })[id] as string | undefined
}));

describe('engine registry', () => {
	it('registers one engine per id, in the order of the ids', () => {
		expect(Object.keys(engines)).toEqual([...ENGINE_IDS]);
		for (const id of ENGINE_IDS) expect(getEngine(id).id).toBe(id);
	});

	it("asks an engine at the operator's URL when set, else at its public one", () => {
		expect(engineUrl('bing')).toBe('http://127.0.0.1:4000/bing');
		expect(engineUrl('duckduckgo')).toBe('https://html.duckduckgo.com');
	});

	it('makes searxng available only through SEARXNG_URL', () => {
		expect(isEngineAvailable('searxng')).toBe(true);
		expect(engines.searxng.defaultUrl).toBe('');
		expect(isEngineAvailable('apibay')).toBe(true);
	});
});

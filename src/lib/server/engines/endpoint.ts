// Where each engine is asked, from the catalog and the operator's overrides alone: light enough for
// the home page and parameter checks, which must not load any parser.
import { ENGINE_CATALOG, isCatalogEngineId, type EngineId } from '#lib/engine-ids.ts';
import { config, engineUrlOverride } from '#lib/server/config.ts';

/**
 * The base URL an engine is asked at: the operator's `<ID>_URL` (or SEARXNG_URL), else the public one; a
 * Torznab source's own URL (its key inside: never shown), or '' for one that is not configured.
 */
export function engineUrl(id: EngineId): string {
	return engineUrlOverride(id) ?? (isCatalogEngineId(id) ? ENGINE_CATALOG[id].defaultUrl : '');
}

/** Whether an engine can be asked at all: searxng needs SEARXNG_URL, a Torznab engine its source. */
export function isEngineAvailable(id: EngineId): boolean {
	return engineUrl(id) !== '';
}

/**
 * The base URL as people may see it (`/api/engines`, the pages): without the userinfo an operator may
 * have written into it (`SEARXNG_URL=http://user:pw@…`), which stays between this server and the engine.
 */
export function shownEngineUrl(id: EngineId): string {
	const url = URL.parse(engineUrl(id));
	if (!url || (url.username === '' && url.password === '')) return engineUrl(id);
	url.username = '';
	url.password = '';
	return url.href.replace(/\/$/, '');
}

/** Every engine this server can ask: the built-in ones with an endpoint, then the Torznab sources. */
export function availableEngineIds(): EngineId[] {
	const builtIn = (Object.keys(ENGINE_CATALOG) as EngineId[]).filter(isEngineAvailable);
	return [...builtIn, ...config.torznabSources.map((source) => source.id)];
}

/** An engine's name and kind as people see them; a Torznab source is an index named by its label. */
export function engineIdentityOf(id: EngineId): { name: string; kind: 'web' | 'index' } {
	if (isCatalogEngineId(id)) return ENGINE_CATALOG[id];
	return { name: `${id.slice('torznab-'.length)} (Torznab)`, kind: 'index' };
}

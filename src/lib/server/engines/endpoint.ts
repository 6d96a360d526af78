// Where each engine is asked, from the catalog and the operator's overrides alone: light enough for
// the home page and parameter checks, which must not load any parser.
import { ENGINE_CATALOG, type EngineId } from '#lib/engine-ids.ts';
import { engineUrlOverride } from '#lib/server/config.ts';

/** The base URL an engine is asked at: the operator's `<ID>_URL` (or SEARXNG_URL), else the public one. */
export function engineUrl(id: EngineId): string {
	return engineUrlOverride(id) ?? ENGINE_CATALOG[id].defaultUrl;
}

/** Whether an engine can be asked at all: searxng has no public default and needs SEARXNG_URL. */
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

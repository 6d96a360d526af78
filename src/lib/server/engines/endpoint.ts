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

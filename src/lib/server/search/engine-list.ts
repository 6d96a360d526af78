// The engines this server offers, as `/api/engines` and the search page show them, without loading any
// engine's parser: the home page must start fast.
import { ENGINE_CATALOG, ENGINE_IDS } from '#lib/engine-ids.ts';
import type { EngineInfo } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { isEngineAvailable, shownEngineUrl } from '#lib/server/engines/endpoint.ts';
import { suspendedUntil } from '#lib/server/engines/suspension.ts';

export async function listEngines(): Promise<EngineInfo[]> {
	const available = ENGINE_IDS.filter(isEngineAvailable);
	const suspensions = await Promise.all(available.map((id) => suspendedUntil(id)));
	return available.map((id, index) => {
		const { name, kind } = ENGINE_CATALOG[id];
		const until = suspensions[index];
		return {
			id,
			name,
			kind,
			enabled: config.defaultEngines.includes(id),
			url: shownEngineUrl(id),
			suspendedUntil: until ? new Date(until).toISOString() : null
		};
	});
}

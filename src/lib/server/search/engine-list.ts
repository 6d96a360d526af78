// The engines this server offers, as `/api/engines` and the search page show them.
import { ENGINE_IDS } from '#lib/engine-ids.ts';
import type { EngineInfo } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { engineUrl, getEngine, isEngineAvailable } from '#lib/server/engines/index.ts';
import { suspendedUntil } from '#lib/server/engines/suspension.ts';

export function listEngines(): EngineInfo[] {
	return ENGINE_IDS.filter(isEngineAvailable).map((id) => {
		const engine = getEngine(id);
		const until = suspendedUntil(id);
		return {
			id,
			name: engine.name,
			kind: engine.kind,
			enabled: config.defaultEngines.includes(id),
			url: engineUrl(engine),
			suspendedUntil: until ? new Date(until).toISOString() : null
		};
	});
}

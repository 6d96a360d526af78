// The engines this server offers, as `/api/engines` and the search page show them, without loading any
// engine's parser: the home page must start fast.
import { isCatalogEngineId } from '#lib/engine-ids.ts';
import type { EngineInfo } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { availableEngineIds, engineIdentityOf, shownEngineUrl } from '#lib/server/engines/endpoint.ts';
import { suspendedUntil } from '#lib/server/engines/suspension.ts';

export async function listEngines(): Promise<EngineInfo[]> {
	const available = availableEngineIds();
	const suspensions = await Promise.all(available.map((id) => suspendedUntil(id)));
	return available.map((id, index) => {
		const { name, kind } = engineIdentityOf(id);
		const until = suspensions[index];
		return {
			id,
			name,
			kind,
			enabled: config.defaultEngines.includes(id),
			// A Torznab source's URL holds its key: trusted configuration, never shown.
			url: isCatalogEngineId(id) ? shownEngineUrl(id) : '',
			suspendedUntil: until ? new Date(until).toISOString() : null
		};
	});
}

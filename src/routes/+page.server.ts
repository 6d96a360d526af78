// The home page: the engines to offer and which are on by default. No outbound request, no search.
import { listEngines } from '#lib/server/search/engine-list.ts';

export async function load() {
	const engines = await listEngines();
	return { engines, selected: engines.filter((engine) => engine.enabled).map((engine) => engine.id) };
}

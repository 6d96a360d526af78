// The home page: the engines to offer and which are on by default. No outbound request, no search.
import { listEngines } from '#lib/server/search/engine-list.ts';

export function load() {
	const engines = listEngines();
	return { engines, selected: engines.filter((engine) => engine.enabled).map((engine) => engine.id) };
}

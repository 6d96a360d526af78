// The ids of every engine, kept apart from the engines' code so that configuration can be checked at
// start without loading any parser (cold start under socket activation).
export const ENGINE_IDS = [
	'duckduckgo',
	'bing',
	'brave',
	'mojeek',
	'yahoo',
	'yandex',
	'google',
	'startpage',
	'searxng',
	'apibay',
	'nyaa',
	'knaben',
	'torrents-csv',
	'eztv',
	'yts'
] as const;

export type EngineId = (typeof ENGINE_IDS)[number];

export function isEngineId(value: string): value is EngineId {
	return (ENGINE_IDS as readonly string[]).includes(value);
}

/** `torrents-csv` → `TORRENTS_CSV_URL`: the variable that overrides the engine's base URL. */
export function engineUrlVariable(id: EngineId): string {
	return `${id.toUpperCase().replaceAll('-', '_')}_URL`;
}

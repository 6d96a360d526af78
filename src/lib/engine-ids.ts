// Every engine's identity (id, name, kind, public endpoint), kept apart from the engines' parsers so that
// configuration is checked and the engine toggles are shown without loading any parser (cold start under
// socket activation). Each engine module takes its identity from here.

interface EngineIdentity {
	name: string;
	kind: 'web' | 'index';
	/** The public endpoint, replaced by `<ID>_URL` (or SEARXNG_URL) when set; searxng has none. */
	defaultUrl: string;
}

export const ENGINE_CATALOG = {
	duckduckgo: { name: 'DuckDuckGo', kind: 'web', defaultUrl: 'https://html.duckduckgo.com' },
	bing: { name: 'Bing', kind: 'web', defaultUrl: 'https://www.bing.com' },
	brave: { name: 'Brave Search', kind: 'web', defaultUrl: 'https://search.brave.com' },
	mojeek: { name: 'Mojeek', kind: 'web', defaultUrl: 'https://www.mojeek.com' },
	yahoo: { name: 'Yahoo', kind: 'web', defaultUrl: 'https://search.yahoo.com' },
	yandex: { name: 'Yandex', kind: 'web', defaultUrl: 'https://yandex.com' },
	google: { name: 'Google', kind: 'web', defaultUrl: 'https://www.google.com' },
	startpage: { name: 'Startpage', kind: 'web', defaultUrl: 'https://www.startpage.com' },
	searxng: { name: 'SearXNG', kind: 'web', defaultUrl: '' },
	apibay: { name: 'The Pirate Bay (apibay)', kind: 'index', defaultUrl: 'https://apibay.org' },
	nyaa: { name: 'Nyaa', kind: 'index', defaultUrl: 'https://nyaa.si' },
	knaben: { name: 'Knaben', kind: 'index', defaultUrl: 'https://api.knaben.org' },
	'torrents-csv': { name: 'Torrents-csv', kind: 'index', defaultUrl: 'https://torrents-csv.com' },
	eztv: { name: 'EZTV', kind: 'index', defaultUrl: 'https://eztvx.to' },
	yts: { name: 'YTS', kind: 'index', defaultUrl: 'https://yts.mx' }
} as const satisfies Record<string, EngineIdentity>;

export type EngineId = keyof typeof ENGINE_CATALOG;

export const ENGINE_IDS = Object.keys(ENGINE_CATALOG) as EngineId[];

/** An engine's identity with its id, as engine modules spread it into themselves. */
export function engineIdentity<Id extends EngineId>(id: Id) {
	return { id, ...(ENGINE_CATALOG[id] as EngineIdentity) };
}

export function isEngineId(value: string): value is EngineId {
	return (ENGINE_IDS as readonly string[]).includes(value);
}

/** `torrents-csv` → `TORRENTS_CSV_URL`: the variable that overrides the engine's base URL. */
export function engineUrlVariable(id: EngineId): string {
	return `${id.toUpperCase().replaceAll('-', '_')}_URL`;
}

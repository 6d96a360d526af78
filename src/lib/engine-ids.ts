// Every engine's identity (id, name, kind, public endpoint), kept apart from the engines' parsers so that
// configuration is checked and the engine toggles are shown without loading any parser (cold start under
// socket activation). Each engine module takes its identity from here.

interface EngineIdentity {
	name: string;
	kind: 'web' | 'index';
	/** The public endpoint, replaced by `<ID>_URL` (or SEARXNG_URL) when set; searxng has none. */
	defaultUrl: string;
	/**
	 * Searched when neither ENGINES nor a request names engines: those that answer a server without a
	 * browser and without blocking it after a few searches (README, "Engines").
	 */
	onByDefault: boolean;
}

export const ENGINE_CATALOG = {
	duckduckgo: {
		name: 'DuckDuckGo',
		kind: 'web',
		defaultUrl: 'https://html.duckduckgo.com',
		onByDefault: true
	},
	bing: { name: 'Bing', kind: 'web', defaultUrl: 'https://www.bing.com', onByDefault: true },
	brave: { name: 'Brave Search', kind: 'web', defaultUrl: 'https://search.brave.com', onByDefault: false },
	mojeek: { name: 'Mojeek', kind: 'web', defaultUrl: 'https://www.mojeek.com', onByDefault: true },
	yahoo: { name: 'Yahoo', kind: 'web', defaultUrl: 'https://search.yahoo.com', onByDefault: false },
	yandex: { name: 'Yandex', kind: 'web', defaultUrl: 'https://yandex.com', onByDefault: false },
	google: { name: 'Google', kind: 'web', defaultUrl: 'https://www.google.com', onByDefault: false },
	startpage: { name: 'Startpage', kind: 'web', defaultUrl: 'https://www.startpage.com', onByDefault: false },
	searxng: { name: 'SearXNG', kind: 'web', defaultUrl: '', onByDefault: false },
	apibay: {
		name: 'The Pirate Bay (apibay)',
		kind: 'index',
		defaultUrl: 'https://apibay.org',
		onByDefault: true
	},
	nyaa: { name: 'Nyaa', kind: 'index', defaultUrl: 'https://nyaa.si', onByDefault: true },
	knaben: { name: 'Knaben', kind: 'index', defaultUrl: 'https://api.knaben.org', onByDefault: true },
	'torrents-csv': {
		name: 'Torrents-csv',
		kind: 'index',
		defaultUrl: 'https://torrents-csv.com',
		onByDefault: true
	},
	eztv: { name: 'EZTV', kind: 'index', defaultUrl: 'https://eztvx.to', onByDefault: false },
	yts: { name: 'YTS', kind: 'index', defaultUrl: 'https://yts.mx', onByDefault: false }
} as const satisfies Record<string, EngineIdentity>;

export type EngineId = keyof typeof ENGINE_CATALOG;

export const ENGINE_IDS = Object.keys(ENGINE_CATALOG) as EngineId[];

/** Engines searched when a request names none and ENGINES is unset. */
export const DEFAULT_ENGINES = ENGINE_IDS.filter((id) => ENGINE_CATALOG[id].onByDefault);

/** An engine's identity with its id, as engine modules spread it into themselves. */
export function engineIdentity<Id extends EngineId>(id: Id) {
	const { name, kind, defaultUrl } = ENGINE_CATALOG[id] as EngineIdentity;
	return { id, name, kind, defaultUrl };
}

export function isEngineId(value: string): value is EngineId {
	return (ENGINE_IDS as readonly string[]).includes(value);
}

/** `torrents-csv` → `TORRENTS_CSV_URL`: the variable that overrides the engine's base URL. */
export function engineUrlVariable(id: EngineId): string {
	return `${id.toUpperCase().replaceAll('-', '_')}_URL`;
}

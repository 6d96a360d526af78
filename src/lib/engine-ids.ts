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

/** An engine built into the app, with its own module. */
export type CatalogEngineId = keyof typeof ENGINE_CATALOG;

/** An engine the operator adds: one per TORZNAB_SOURCES entry, `torznab-<label>`. */
export type TorznabEngineId = `torznab-${string}`;

export type EngineId = CatalogEngineId | TorznabEngineId;

/** The built-in engines; Torznab sources come from the configuration (engines/endpoint.ts). */
export const ENGINE_IDS = Object.keys(ENGINE_CATALOG) as CatalogEngineId[];

/** Engines searched when a request names none and ENGINES is unset. */
export const DEFAULT_ENGINES = ENGINE_IDS.filter((id) => ENGINE_CATALOG[id].onByDefault);

/** An engine's identity with its id, as engine modules spread it into themselves. */
export function engineIdentity<Id extends CatalogEngineId>(id: Id) {
	const { name, kind, defaultUrl } = ENGINE_CATALOG[id] as EngineIdentity;
	return { id, name, kind, defaultUrl };
}

export function isCatalogEngineId(value: string): value is CatalogEngineId {
	return (ENGINE_IDS as readonly string[]).includes(value);
}

const TORZNAB_ID = /^torznab-[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isTorznabEngineId(value: string): value is TorznabEngineId {
	return TORZNAB_ID.test(value);
}

/** A built-in id, or one spelt as a Torznab source's: whether that source is configured is asked apart. */
export function isEngineId(value: string): value is EngineId {
	return isCatalogEngineId(value) || isTorznabEngineId(value);
}

/** `torrents-csv` → `TORRENTS_CSV_URL`: the variable that overrides the engine's base URL. */
export function engineUrlVariable(id: CatalogEngineId): string {
	return `${id.toUpperCase().replaceAll('-', '_')}_URL`;
}

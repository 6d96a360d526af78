// The explicit registry of engines: one import and one line each, checked against the catalog of ids.
// Importing it loads every parser; code that only needs names or URLs uses the catalog and endpoint.ts.
import { isCatalogEngineId, type CatalogEngineId, type EngineId } from '#lib/engine-ids.ts';
import { config } from '#lib/server/config.ts';
import { apibay } from './apibay/apibay.ts';
import { bing } from './bing/bing.ts';
import { brave } from './brave/brave.ts';
import { duckduckgo } from './duckduckgo/duckduckgo.ts';
import { eztv } from './eztv/eztv.ts';
import { google } from './google/google.ts';
import { knaben } from './knaben/knaben.ts';
import { mojeek } from './mojeek/mojeek.ts';
import { nyaa } from './nyaa/nyaa.ts';
import { searxng } from './searxng/searxng.ts';
import { startpage } from './startpage/startpage.ts';
import { torrentsCsv } from './torrents-csv/torrents-csv.ts';
import { torznabEngine } from './torznab/torznab.ts';
import type { Engine } from './types.ts';
import { yahoo } from './yahoo/yahoo.ts';
import { yandex } from './yandex/yandex.ts';
import { yts } from './yts/yts.ts';

export const engines = {
	duckduckgo,
	bing,
	brave,
	mojeek,
	yahoo,
	yandex,
	google,
	startpage,
	searxng,
	apibay,
	nyaa,
	knaben,
	'torrents-csv': torrentsCsv,
	eztv,
	yts
} satisfies Record<CatalogEngineId, Engine>;

// One engine per TORZNAB_SOURCES entry, made on first use.
const torznabEngines = new Map<string, Engine>();

/** The engine behind an id: a built-in one, or the configured Torznab source's. */
export function getEngine(id: EngineId): Engine {
	if (isCatalogEngineId(id)) return engines[id];
	let engine = torznabEngines.get(id);
	if (!engine) {
		const source = config.torznabSources.find((known) => known.id === id);
		if (!source) throw new Error(`no Torznab source ${id}: ids are checked before a search starts`);
		engine = torznabEngine(source);
		torznabEngines.set(id, engine);
	}
	return engine;
}

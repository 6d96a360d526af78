// The explicit registry of engines: one import and one line each, checked against the catalog of ids.
// Importing it loads every parser; code that only needs names or URLs uses the catalog and endpoint.ts.
import type { EngineId } from '#lib/engine-ids.ts';
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
} satisfies Record<EngineId, Engine>;

export function getEngine(id: EngineId): Engine {
	return engines[id];
}

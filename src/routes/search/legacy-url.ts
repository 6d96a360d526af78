// The old cf-torrent addresses (`/search/torrent/result?query=Q&use_google=1…`, `/search/web/result?…`)
// translated to this app's search page, so bookmarks and browser search engines keep working.
import { isEngineId, type EngineId } from '#lib/engine-ids.ts';
import { searchQueryString, type View } from '#lib/search-view/search-url.ts';

/** Old `use_*` flag names (lowercase, letters and digits only) that are not simply our engine id. */
const RENAMED: Record<string, EngineId> = {
	thepiratebay: 'apibay',
	piratebay: 'apibay',
	tpb: 'apibay',
	torrentscsv: 'torrents-csv',
	torrentcsv: 'torrents-csv',
	ddg: 'duckduckgo'
};

// The old app took any non-empty value as on (its checkboxes sent `on`); an explicit "no" is honoured.
const OFF = new Set(['', '0', 'false', 'off', 'no']);

function engineFor(flag: string): EngineId | null {
	const name = flag.toLowerCase().replace(/[^a-z0-9]/g, '');
	if (RENAMED[name]) return RENAMED[name];
	const kebab = flag.toLowerCase().replace(/_/g, '-');
	return isEngineId(kebab) ? kebab : isEngineId(name) ? name : null;
}

/** Where an old address now lives: the search page with mapped engines, or home when it had no query. */
export function legacySearchLocation(url: URL, view: View): string {
	const query = (url.searchParams.get('query') ?? url.searchParams.get('q') ?? '').trim();
	if (!query) return '/';
	const engines = new Set<EngineId>();
	for (const [name, value] of url.searchParams) {
		if (!name.startsWith('use_') || OFF.has(value.trim().toLowerCase())) continue;
		const engine = engineFor(name.slice('use_'.length));
		if (engine) engines.add(engine);
	}
	return `/search?${searchQueryString(query, engines.size > 0 ? [...engines] : null, view)}`;
}

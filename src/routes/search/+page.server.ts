// The search page: parses the address and names the engines; the search itself streams to the browser.
import { error, redirect } from '@sveltejs/kit';
import { authorizeChange } from '#lib/server/http/authorize-change.ts';
import { openedSaved } from '#lib/server/saved/opened-saved.ts';
import { listEngines } from '#lib/server/search/engine-list.ts';
import { listClients } from '#lib/server/torrent-clients/list-clients.ts';
import { readSearchPageParams } from './page-params.ts';

export async function load(event) {
	const { url } = event;
	const params = readSearchPageParams(url);
	if (params.kind === 'empty') redirect(303, '/');
	if (params.kind === 'invalid') error(400, params.error);
	const engines = await listEngines();
	return {
		query: params.query,
		/** The engines named in the address, or none: then the server's defaults are searched. */
		requested: params.engines ?? null,
		selected: params.engines ?? engines.filter((engine) => engine.enabled).map((engine) => engine.id),
		engines,
		view: params.view,
		preferences: params.preferences,
		preferencesGiven: params.preferencesGiven,
		/** Torrent clients a result can be sent to, by label only. */
		clients: listClients(),
		/** The saved search this page was opened from (`saved=<id>`): what is not news, to mark the rest. */
		saved: await openedSaved(authorizeChange(event), url)
	};
}

// The app shell the service worker keeps: the frame of the home and search pages in the person's language
// and theme, with the engines to offer, and no search and no result in it.
import { version } from '$app/env';
import { listEngines } from '#lib/server/search/engine-list.ts';

export async function load({ setHeaders }) {
	// The worker keeps only a shell of its own build; private: it holds the person's settings.
	setHeaders({ 'x-app-version': version, 'cache-control': 'private, no-store' });
	// Suspensions would be stale by the time the shell is shown: the real page says them.
	const engines = (await listEngines()).map((engine) => ({ ...engine, suspendedUntil: null }));
	return { engines, selected: engines.filter((engine) => engine.enabled).map((engine) => engine.id) };
}

// /stats: each engine's last searches as the state store keeps them (shared by replicas, kept across idle
// exits). Loaded only when asked; nothing here runs at start.
import { summarise, WINDOW_SIZE } from '#lib/server/engine-stats/engine-window.ts';
import { readWindows } from '#lib/server/engine-stats/window-store.ts';
import { listEngines } from '#lib/server/search/engine-list.ts';

// Read, not used: the charts are SVG written by the server, and the page needs no script (its theme
// toggle works as a form without one).
export const csr = false;

export async function load() {
	const engines = await listEngines();
	const windows = await readWindows(engines.map((engine) => engine.id));
	return {
		windowSize: WINDOW_SIZE,
		engines: engines.map(({ id, name, kind }) => {
			const window = windows.get(id) ?? [];
			return {
				id,
				name,
				kind,
				summary: summarise(window),
				samples: window.map(({ status, ms, suspension }) => ({
					status,
					ms,
					skipped: suspension === 'skipped'
				}))
			};
		})
	};
}

// A web that answers every request at once with an empty page, so that hardening tests exercise the
// server's handling of input rather than wait on engines; it counts what it was asked.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ENGINE_IDS, engineUrlVariable } from '#lib/engine-ids.ts';

export interface InstantWeb {
	url: string;
	requests: () => number;
	close(): Promise<void>;
}

export async function startInstantWeb(): Promise<InstantWeb> {
	let requests = 0;
	const server = createServer((request, response) => {
		requests++;
		// Index engines that expect JSON read this as an error, web engines as no results: either way at once.
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end('<!doctype html><html><head><title>nothing</title></head><body></body></html>');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests: () => requests,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/** Every engine (and the title services) pointed at `base`, each enabled. */
export function allEnginesAt(base: string): Record<string, string> {
	const env: Record<string, string> = {
		ENGINES: ENGINE_IDS.join(','),
		CINEMETA_URL: `${base}/cinemeta`,
		IMDB_URL: `${base}/imdb`
	};
	for (const id of ENGINE_IDS) env[engineUrlVariable(id)] = `${base}/${id}`;
	return env;
}

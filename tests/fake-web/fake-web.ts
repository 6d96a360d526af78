// A fake web for tests: one local server that plays search engines, torrent sites and index APIs,
// with per-route latency, hanging and trickling responses and error codes, and a log of every request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Real captures live beside the checkout; tests that need them skip with this message when absent. */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../shared/fixtures/', import.meta.url));
export const hasFixtures = existsSync(FIXTURES_DIR);
if (!hasFixtures) console.warn(`${FIXTURES_DIR} is absent: tests on real captures are skipped`);

export function readFixture(relative: string): Buffer {
	return readFileSync(FIXTURES_DIR + relative);
}

export interface Route {
	status?: number;
	headers?: Record<string, string>;
	/** A body, or a function of the request (for echoing the query). */
	body?: string | Buffer | ((url: URL) => string | Buffer);
	/** A real capture under ../shared/fixtures, e.g. `serp/bing-2026.html`. */
	fixture?: string;
	/** Wait this long before answering. */
	delayMs?: number;
	/** Answer only once this settles: lets a test decide when, so it can assert what happens before. */
	hold?: (url: URL) => Promise<void> | undefined;
	/** Send headers, then never finish the body. */
	hang?: boolean;
	/** Send the body in pieces this many ms apart. */
	trickleMs?: number;
	/** Redirect to this URL (relative ones resolve against the fake web). */
	redirect?: string;
}

export interface FakeWeb {
	url: string;
	/** Adds or replaces the route answering `path` (exact path, or with a trailing slash; query ignored). */
	route(path: string, route: Route): void;
	/** Every request received, in order, as path with query. */
	requests: string[];
	/** Paths whose client hung up before the answer was complete. */
	abandoned: string[];
	close(): Promise<void>;
}

const TYPES: Record<string, string> = {
	html: 'text/html; charset=utf-8',
	json: 'application/json',
	xml: 'application/rss+xml; charset=utf-8',
	torrent: 'application/x-bittorrent'
};

function contentType(route: Route): string {
	const extension = route.fixture?.split('.').pop() ?? 'html';
	return TYPES[extension] ?? 'application/octet-stream';
}

export async function startFakeWeb(routes: Record<string, Route> = {}, host = '127.0.0.1'): Promise<FakeWeb> {
	const table = new Map(Object.entries(routes));
	const requests: string[] = [];
	const abandoned: string[] = [];
	const open = new Set<ServerResponse>();

	async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
		const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
		requests.push(url.pathname + url.search);
		open.add(response);
		response.on('close', () => {
			open.delete(response);
			if (!response.writableFinished) abandoned.push(url.pathname);
		});
		const route = table.get(url.pathname) ?? table.get(url.pathname.replace(/\/$/, ''));
		if (!route) {
			response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
		await route.hold?.(url);
		if (route.redirect) {
			response.writeHead(route.status ?? 302, { location: route.redirect }).end();
			return;
		}
		const body =
			typeof route.body === 'function'
				? route.body(url)
				: (route.body ?? (route.fixture ? readFixture(route.fixture) : ''));
		response.writeHead(route.status ?? 200, { 'content-type': contentType(route), ...route.headers });
		if (route.hang) {
			response.write(Buffer.from(body).subarray(0, 16));
			return;
		}
		if (route.trickleMs) {
			const bytes = Buffer.from(body);
			for (let at = 0; at < bytes.length && !response.destroyed; at += 64) {
				response.write(bytes.subarray(at, at + 64));
				await new Promise((resolve) => setTimeout(resolve, route.trickleMs));
			}
			response.end();
			return;
		}
		response.end(body);
	}

	// A route that throws (a test's body function) answers 500, so the test sees it instead of a hang.
	const server = createServer((request, response) => {
		answer(request, response).catch((error: unknown) => {
			if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
			response.end(String(error));
		});
	});

	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://${host}:${port}`,
		route: (path, route) => void table.set(path, route),
		requests,
		abandoned,
		close: () =>
			new Promise((resolve) => {
				for (const response of open) response.destroy();
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

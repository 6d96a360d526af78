// The three parts of undici that egress uses (Agent, its connector, request), loaded from undici's own
// modules rather than its index: the index also loads fetch, WebSocket, caches, proxies and mocks, which
// cost every woken process ~13 MiB and a tenth of a second it never uses. undici has no exports map, so
// these are its published file paths; the egress tests import them and fail if an upgrade moves one.
import { createRequire } from 'node:module';
import type { Agent as UndiciAgent, buildConnector as undiciBuildConnector, Dispatcher } from 'undici';
import AgentModule from 'undici/lib/dispatcher/agent.js';
import buildConnectorModule from 'undici/lib/core/connect.js';
import requestModule from 'undici/lib/api/api-request.js';

export const Agent = AgentModule as typeof UndiciAgent;
export type Agent = UndiciAgent;
export const buildConnector = buildConnectorModule as typeof undiciBuildConnector;
// eslint-disable-next-line @typescript-eslint/no-namespace -- mirrors undici's own declaration merging
export declare namespace buildConnector {
	export type BuildOptions = undiciBuildConnector.BuildOptions;
	export type connector = undiciBuildConnector.connector;
}

type RequestOptions = Omit<Dispatcher.RequestOptions, 'origin' | 'path'>;
const dispatchRequest = requestModule as (
	this: Dispatcher,
	options: Dispatcher.RequestOptions
) => Promise<Dispatcher.ResponseData>;

/** undici's `request(url, { dispatcher, … })`, as its index builds it from the same module. */
export function request(
	url: URL,
	{ dispatcher, ...options }: RequestOptions & { dispatcher: Dispatcher }
): Promise<Dispatcher.ResponseData> {
	return dispatchRequest.call(dispatcher, {
		...options,
		origin: url.origin,
		path: url.search ? `${url.pathname}${url.search}` : url.pathname
	});
}

const require = createRequire(import.meta.url);

/**
 * undici reads and compiles its HTTP/1 parser (llhttp, a WebAssembly module inside a 72 KB script) when it
 * opens its first connection. Reading the script ahead, while nobody waits, takes that off the first search.
 */
export function loadHttpParser(): void {
	require('undici/lib/llhttp/llhttp_simd-wasm.js');
}

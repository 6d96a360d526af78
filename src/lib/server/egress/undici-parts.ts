// The three parts of undici that egress uses (Agent, its connector, request), loaded from undici's own
// modules rather than its index: the index also loads fetch, WebSocket, caches, proxies and mocks, which a
// process woken by an API search pays before its first result (about 100 ms: 639 against 535 ms, medians
// of 7 fresh processes in npm run bench). undici has no exports map, so these are its published file
// paths: renovate.json pins undici exactly, and undici-parts.test.ts fails if an upgrade moves one.
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

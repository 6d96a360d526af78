// HTTP/1.1 exchanges over Node's own client (node:http, node:https), kept-alive per origin within a
// connection cap. Node's client is part of the process already (the server is node:http), where undici's
// modules, its HTTP/2 client (with TLS) and its WebAssembly parser cost a process woken by an API search
// ~30 ms more before its first engine request could leave (scripts/bench.ts). Every request announces itself on the
// diagnostics channels below, so that work can wait until the requests are on the wire (requests-written.ts).
import { channel } from 'node:diagnostics_channel';
import {
	Agent as HttpAgent,
	request as httpRequest,
	type ClientRequest,
	type IncomingHttpHeaders,
	type IncomingMessage
} from 'node:http';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';

export const REQUEST_CREATED = channel('cf-torrent:egress:request-created');
export const REQUEST_WRITTEN = channel('cf-torrent:egress:request-written');
export const REQUEST_FAILED = channel('cf-torrent:egress:request-failed');

export interface ExchangeInit {
	method: 'GET' | 'POST';
	headers: Record<string, string>;
	body?: string;
	signal: AbortSignal;
}

export interface TransportResponse {
	status: number;
	headers: IncomingHttpHeaders;
	/** The body as it arrives, still encoded: it is decoded and capped by body.ts. */
	body: IncomingMessage;
}

export interface TransportOptions {
	/** Connections at once to one origin. */
	connections: number;
	/** Resolves names and judges their addresses inside the connection (checked-lookup.ts). */
	lookup?: LookupFunction;
	/** Refuses a literal address host before connecting (net.connect never looks literals up). */
	refuseLiteral?: (address: string) => Error | null;
}

/** Sockets idle this long are closed: reused within a search, and none lingers long after it. */
const KEEP_ALIVE_MS = 2_000;

type Client = Pick<typeof import('node:http'), 'Agent' | 'request'>;
const http: Client = { Agent: HttpAgent, request: httpRequest };
let https: Client | undefined;

/** node:https brings TLS: loaded the first time an https URL is asked for. */
function clientFor(protocol: string): Client {
	return protocol === 'https:' ? (https ??= process.getBuiltinModule('node:https') as Client) : http;
}

export class Transport {
	readonly #options: TransportOptions;
	#agents = new Map<string, HttpAgent>();

	constructor(options: TransportOptions) {
		this.#options = options;
	}

	#agent(protocol: string): HttpAgent {
		let agent = this.#agents.get(protocol);
		if (!agent) {
			agent = new (clientFor(protocol).Agent)({
				keepAlive: true,
				timeout: KEEP_ALIVE_MS,
				maxSockets: this.#options.connections,
				...(this.#options.lookup ? { lookup: this.#options.lookup } : {})
			});
			this.#agents.set(protocol, agent);
		}
		return agent;
	}

	/** Sends one request; the answer's head resolves it, and its body is the caller's to read or destroy. */
	send(url: URL, init: ExchangeInit): Promise<TransportResponse> {
		return new Promise((resolve, reject) => {
			const host = url.hostname.replace(/^\[|\]$/g, '');
			const refused = isIP(host) !== 0 ? this.#options.refuseLiteral?.(host) : null;
			if (refused) return reject(refused);
			let request: ClientRequest;
			try {
				// Credentials in a URL are never sent as Basic auth: a configured service names its own headers.
				request = clientFor(url.protocol).request({
					protocol: url.protocol,
					hostname: host,
					port: url.port,
					path: `${url.pathname}${url.search}`,
					method: init.method,
					headers: init.headers,
					agent: this.#agent(url.protocol),
					signal: init.signal,
					...(url.protocol === 'https:' && isIP(host) === 0 ? { servername: host } : {})
				});
			} catch (error) {
				return reject(error);
			}
			REQUEST_CREATED.publish({ request });
			let written = false;
			request.once('finish', () => {
				written = true;
				REQUEST_WRITTEN.publish({ request });
			});
			// Every error, not only the first: one after the answer's head would otherwise be thrown.
			request.on('error', (error) => {
				if (!written) REQUEST_FAILED.publish({ request });
				reject(error);
			});
			request.once('response', (response) =>
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body: response })
			);
			request.end(init.body);
		});
	}

	/** Closes every connection; a later send opens new ones. */
	close(): void {
		for (const agent of this.#agents.values()) agent.destroy();
		this.#agents.clear();
	}
}

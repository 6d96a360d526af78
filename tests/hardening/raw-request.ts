// A request with its target sent byte for byte as written (no URL normalisation or re-encoding), the
// way a hostile client would, reading the whole answer within a time limit.
import { Agent, request } from 'node:http';

export interface RawAnswer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 16 });

export interface RawRequest {
	method?: string;
	headers?: Record<string, string>;
	body?: string;
	timeoutMs?: number;
}

export function rawRequest(origin: string, target: string, init: RawRequest = {}): Promise<RawAnswer> {
	const { hostname, port } = new URL(origin);
	const { method = 'GET', headers, body, timeoutMs = 15_000 } = init;
	return new Promise((resolve, reject) => {
		const outgoing = request({ host: hostname, port, path: target, method, headers, agent }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () => {
				clearTimeout(timer);
				resolve({
					status: response.statusCode ?? 0,
					headers: response.headers,
					body: Buffer.concat(chunks).toString('utf8')
				});
			});
			response.on('error', reject);
		});
		const timer = setTimeout(
			() => outgoing.destroy(new Error(`no full answer in ${timeoutMs} ms`)),
			timeoutMs
		);
		outgoing.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		outgoing.end(body);
	});
}

export function closeRawAgent(): void {
	agent.destroy();
}

// One GET on a new connection (no pooled keep-alive socket that a restarted server no longer knows), timed
// from the connection's start to the first byte of the answer and to its end.
import { request } from 'node:http';

export interface Answer {
	status: number;
	body: string;
	/** Connection attempt → first byte of the response, in ms. */
	firstByteMs: number;
	/** Date.now() when the body ended. */
	endedAt: number;
}

export function freshGet(
	url: string,
	timeoutMs = 20_000,
	headers: Record<string, string> = {}
): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const outgoing = request(
			url,
			{ agent: false, headers: { ...headers, connection: 'close' } },
			(response) => {
				const firstByteMs = performance.now() - started;
				let body = '';
				response.setEncoding('utf8');
				response.on('data', (chunk: string) => (body += chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, body, firstByteMs, endedAt: Date.now() })
				);
				response.on('error', reject);
			}
		);
		outgoing.setTimeout(timeoutMs, () =>
			outgoing.destroy(new Error(`GET ${url}: no answer in ${timeoutMs} ms`))
		);
		outgoing.on('error', reject);
		outgoing.end();
	});
}

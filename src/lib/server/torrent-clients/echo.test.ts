// A client address that reflects the request (an echo service, a misconfigured proxy, an RPC error that
// quotes its call) must never put the password into the answer people read or into the log.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseTorrentClients, type TorrentClient } from './client-list.ts';
import { sendMagnet } from './send.ts';

const PASSWORD = 'hunter2 s3cret/+&"';
const MAGNET = `magnet:?xt=urn:btih:${'c'.repeat(40)}&dn=echo`;

let server: Server;
let base = '';

beforeAll(async () => {
	// /plain/ echoes the body as it came; /rpc/ answers a JSON-RPC error that quotes the call, headers included.
	server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += chunk));
		request.on('end', () => {
			const echoed = `${body} ${request.headers.authorization ?? ''}`;
			if (request.url?.startsWith('/rpc/')) {
				response.setHeader('content-type', 'application/json');
				response.end(JSON.stringify({ result: null, error: { message: `bad call: ${echoed}` }, id: 1 }));
			} else response.end(echoed);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function client(kind: string, path: string): TorrentClient[] {
	const clients = parseTorrentClients(
		`echo=${kind}+http://admin:${encodeURIComponent(PASSWORD)}@${base}${path}`
	);
	if ('invalid' in clients) throw new Error(clients.invalid);
	return clients;
}

describe('a client answer that echoes the request', () => {
	it.each([
		['deluge', '/plain/'],
		['deluge', '/rpc/'],
		['qbittorrent', '/plain/'],
		['transmission', '/plain/'],
		['transmission', '/rpc/']
	])(
		'%s at an echoing address %s: the 502 and the log say what happened without the password',
		async (kind, path) => {
			const logged: string[] = [];
			const warn = vi
				.spyOn(console, 'warn')
				.mockImplementation((...args) => void logged.push(args.join(' ')));
			try {
				const result = await sendMagnet({ magnet: MAGNET, client: 'echo' }, { clients: client(kind, path) });
				expect(result.ok).toBe(false);
				if (result.ok) return;
				expect(result.status).toBe(502);
				const shown = [result.error, ...logged].join('\n');
				for (const spelling of [
					'hunter2',
					encodeURIComponent(PASSWORD),
					Buffer.from(`admin:${PASSWORD}`).toString('base64')
				])
					expect(shown).not.toContain(spelling);
				expect(result.error).toMatch(/^echo \(/);
			} finally {
				warn.mockRestore();
			}
		}
	);
});

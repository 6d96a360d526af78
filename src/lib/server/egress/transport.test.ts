// The transport against real servers on loopback, HTTP and HTTPS (a certificate made here with openssl):
// what it refuses before connecting, keep-alive within its cap, no credentials sent from a URL, and a
// process that is done with its requests exiting although connections are kept alive.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseAddress } from './address-policy.ts';
import { ForbiddenAddressError, checkedLookup, forbiddenLiteral } from './checked-lookup.ts';
import { Transport, type ExchangeInit } from './transport.ts';

const GET: ExchangeInit = { method: 'GET', headers: {}, signal: new AbortController().signal };

interface Seen {
	requests: IncomingMessage[];
	connections: Socket[];
}

function listen(server: Server): Promise<number> {
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port))
	);
}

function observed(server: Server): Seen {
	const seen: Seen = { requests: [], connections: [] };
	server.on('connection', (socket: Socket) => seen.connections.push(socket));
	server.on('secureConnection', (socket: Socket) => seen.connections.push(socket));
	return seen;
}

let server: Server;
let seen: Seen;
let port: number;
const transports: Transport[] = [];

afterEach(async () => {
	for (const transport of transports.splice(0)) transport.close();
	server?.closeAllConnections();
	await new Promise((resolve) => server?.close(resolve));
});

async function startServer(): Promise<void> {
	server = createServer((request, response) => {
		seen.requests.push(request);
		response.end(`answer to ${request.url}`);
	});
	seen = observed(server);
	port = await listen(server);
}

function transport(options: ConstructorParameters<typeof Transport>[0]): Transport {
	const made = new Transport(options);
	transports.push(made);
	return made;
}

async function text(answer: Promise<{ body: AsyncIterable<Buffer> }>): Promise<string> {
	let read = '';
	for await (const chunk of (await answer).body) read += chunk.toString();
	return read;
}

describe('Transport', () => {
	it('refuses a forbidden literal address without connecting to it', async () => {
		await startServer();
		const untrusted = transport({
			connections: 4,
			refuseLiteral: (address) => forbiddenLiteral(address, [])
		});
		await expect(untrusted.send(new URL(`http://127.0.0.1:${port}/`), GET)).rejects.toBeInstanceOf(
			ForbiddenAddressError
		);
		await expect(untrusted.send(new URL(`http://[::1]:${port}/`), GET)).rejects.toBeInstanceOf(
			ForbiddenAddressError
		);
		expect(seen.connections).toHaveLength(0);
	});

	it('judges the addresses a name resolves to inside the connection', async () => {
		await startServer();
		const toLoopback = async () => [{ address: '127.0.0.1', family: 4 }];
		const untrusted = transport({ connections: 4, lookup: checkedLookup([], toLoopback) });
		await expect(untrusted.send(new URL(`http://site.test:${port}/`), GET)).rejects.toBeInstanceOf(
			ForbiddenAddressError
		);
		expect(seen.connections).toHaveLength(0);
		const allowed = transport({
			connections: 4,
			lookup: checkedLookup([[parseAddress('127.0.0.1')!, 32]], toLoopback)
		});
		expect(await text(allowed.send(new URL(`http://site.test:${port}/a?b=c`), GET))).toBe('answer to /a?b=c');
	});

	it('reuses a kept-alive connection, and opens no more than its cap at once', async () => {
		await startServer();
		const capped = transport({ connections: 2 });
		await text(capped.send(new URL(`http://127.0.0.1:${port}/1`), GET));
		await text(capped.send(new URL(`http://127.0.0.1:${port}/2`), GET));
		expect(seen.connections).toHaveLength(1);
		await Promise.all(
			[3, 4, 5, 6, 7].map((n) => text(capped.send(new URL(`http://127.0.0.1:${port}/${n}`), GET)))
		);
		expect(seen.connections).toHaveLength(2);
		expect(seen.requests.map((request) => request.url)).toHaveLength(7);
	});

	it('sends the headers and body it is given, and never a URL’s credentials', async () => {
		let body = '';
		server = createServer((request, response) => {
			seen.requests.push(request);
			request.on('data', (chunk) => (body += chunk));
			request.on('end', () => response.end('ok'));
		});
		seen = observed(server);
		port = await listen(server);
		const configured = transport({ connections: 4 });
		const answer = await configured.send(new URL(`http://user:secret@127.0.0.1:${port}/api`), {
			...GET,
			method: 'POST',
			headers: { 'x-api-key': 'k', 'content-type': 'text/plain' },
			body: 'hello'
		});
		answer.body.resume();
		expect(answer.status).toBe(200);
		expect(seen.requests[0]?.headers).toMatchObject({ 'x-api-key': 'k', 'content-type': 'text/plain' });
		expect(seen.requests[0]?.headers.authorization).toBeUndefined();
		expect(seen.requests[0]?.method).toBe('POST');
		await new Promise((resolve) => setImmediate(resolve));
		expect(body).toBe('hello');
	});

	it('aborts a request whose signal aborts', async () => {
		server = createServer((request) => seen.requests.push(request));
		seen = observed(server);
		port = await listen(server);
		const controller = new AbortController();
		const answer = transport({ connections: 4 }).send(new URL(`http://127.0.0.1:${port}/`), {
			...GET,
			signal: controller.signal
		});
		while (seen.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
		controller.abort();
		await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
	});
});

describe('Transport over TLS, in a process of its own', () => {
	let dir: string;
	let tlsServer: Server;
	let tlsPort: number;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'transport-tls-'));
		execFileSync(
			'openssl',
			[
				'req',
				'-x509',
				'-newkey',
				'ec',
				'-pkeyopt',
				'ec_paramgen_curve:prime256v1',
				'-nodes',
				'-keyout',
				join(dir, 'key.pem'),
				'-out',
				join(dir, 'cert.pem'),
				'-days',
				'1',
				'-subj',
				'/CN=localhost',
				'-addext',
				'subjectAltName=DNS:localhost'
			],
			{ stdio: 'ignore' }
		);
		tlsServer = createTlsServer(
			{ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
			(request, response) => response.end(`tls answer to ${request.url}`)
		);
		tlsPort = await listen(tlsServer);
	});

	afterAll(async () => {
		tlsServer.closeAllConnections();
		await new Promise((resolve) => tlsServer.close(resolve));
		rmSync(dir, { recursive: true, force: true });
	});

	it('reads an HTTPS answer by name, then lets the process exit with its connection kept alive', async () => {
		await startServer();
		const script = `
			import { Transport } from ${JSON.stringify(fileURLToPath(new URL('./transport.ts', import.meta.url)))};
			const transport = new Transport({ connections: 4 });
			const init = { method: 'GET', headers: {}, signal: new AbortController().signal };
			for (const url of ['https://localhost:${tlsPort}/secure', 'http://127.0.0.1:${port}/plain']) {
				const answer = await transport.send(new URL(url), init);
				let text = '';
				for await (const chunk of answer.body) text += chunk;
				console.log(answer.status, text);
			}
			// What still holds the process open once the answers are read: kept-alive sockets must not.
			setImmediate(() => console.log(JSON.stringify(process.getActiveResourcesInfo())));`;
		const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
			env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') }
		});
		const [secure, plain, holding] = stdout.trim().split('\n');
		expect([secure, plain]).toEqual(['200 tls answer to /secure', '200 answer to /plain']);
		const sockets = (JSON.parse(holding ?? '[]') as string[]).filter((kind) => /TCP|TLS/.test(kind));
		expect(sockets).toEqual([]);
		expect(seen.connections).toHaveLength(1);
	});
});

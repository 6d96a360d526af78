// Waking from the shell: reachable and of the same version, of another version, or not reachable at all.
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { wakeServer } from './wake-server.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A fetch of this origin's paths, aimed at a loopback server, as a page's relative fetch would be. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<typeof fetch> {
	server = createServer(handler);
	await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return ((path: string, init?: RequestInit) =>
		fetch(`http://127.0.0.1:${port}${path}`, init)) as typeof fetch;
}

describe('wakeServer', () => {
	it('is awake when /healthz answers with the same version', async () => {
		const fetcher = await serve((_req, res) => res.end(JSON.stringify({ status: 'ok', version: '2.0.0' })));
		expect(await wakeServer('2.0.0', 5000, fetcher)).toEqual({ kind: 'awake' });
	});

	it('names the other version a newer server runs', async () => {
		const fetcher = await serve((_req, res) => res.end(JSON.stringify({ status: 'ok', version: '2.1.0' })));
		expect(await wakeServer('2.0.0', 5000, fetcher)).toEqual({ kind: 'other-version', version: '2.1.0' });
	});

	it('is unreachable when the proxy in front answers 502', async () => {
		const fetcher = await serve((_req, res) => res.writeHead(502).end('Bad Gateway'));
		expect(await wakeServer('2.0.0', 5000, fetcher)).toEqual({ kind: 'unreachable' });
	});

	it('is unreachable when nothing listens', async () => {
		const fetcher = await serve((_req, res) => res.end());
		await new Promise<void>((resolve) => server?.close(() => resolve()));
		server = undefined;
		expect(await wakeServer('2.0.0', 5000, fetcher)).toEqual({ kind: 'unreachable' });
	});

	it('gives up at its bound on a server that accepts and never answers', async () => {
		const fetcher = await serve(() => undefined);
		expect(await wakeServer('2.0.0', 200, fetcher)).toEqual({ kind: 'unreachable' });
		server?.closeAllConnections();
	});
});

// Guarded fetching against local servers: address checks on names and redirects, caps, budgets, charsets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import type { Resolve } from './checked-lookup.ts';
import { createEgress, LIMITS, type Egress, type EgressSettings } from './egress.ts';

const LOOPBACK_ONE: EgressSettings['allowlist'] = [ipaddr.parseCIDR('127.0.0.1/32')];

let web: FakeWeb;
let other: FakeWeb;
let egress: Egress;

function make(settings: Partial<EgressSettings> = {}): Egress {
	egress = createEgress({ allowlist: LOOPBACK_ONE, siteTimeoutMs: 2000, ...settings });
	return egress;
}

beforeAll(async () => {
	web = await startFakeWeb();
	other = await startFakeWeb({ '/secret': { body: 'internal' } }, '127.0.0.2');
});
afterAll(async () => Promise.all([web.close(), other.close()]));
afterEach(async () => egress?.close());

// A resolver playing DNS: names to the addresses a test chooses.
function fakeDns(table: Record<string, string[]>): Resolve {
	return async (hostname) =>
		(table[hostname] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
}

describe('fetchUntrusted: where it may go', () => {
	it('fetches an allowlisted address and refuses the same server outside the allowlist', async () => {
		web.route('/post', { body: '<a href="magnet:?xt=urn:btih:abc">x</a>' });
		const ok = await make().fetchUntrusted(`${web.url}/post`, { kind: 'page' });
		expect(ok.ok && ok.value.text()).toContain('magnet:?xt=urn:btih:abc');
		const refused = await make({ allowlist: [] }).fetchUntrusted(`${web.url}/post`, { kind: 'page' });
		expect(refused).toMatchObject({ ok: false, error: { reason: 'forbidden-address' } });
	});

	it('refuses a redirect from an allowed host to 127.0.0.2, which is never asked', async () => {
		web.route('/jump', { redirect: `${other.url}/secret` });
		const before = other.requests.length;
		const result = await make().fetchUntrusted(`${web.url}/jump`, { kind: 'page' });
		expect(result).toMatchObject({
			ok: false,
			error: { reason: 'forbidden-address', url: `${other.url}/secret` }
		});
		expect(other.requests.length).toBe(before);
	});

	it('refuses a redirect to a non-http scheme or to no URL at all', async () => {
		web.route('/to-file', { redirect: 'file:///etc/passwd' });
		const result = await make().fetchUntrusted(`${web.url}/to-file`, { kind: 'page' });
		expect(result).toMatchObject({ ok: false, error: { reason: 'bad-url', url: 'file:///etc/passwd' } });
		web.route('/to-nowhere', { redirect: 'http://[::1' });
		const broken = await egress.fetchUntrusted(`${web.url}/to-nowhere`, { kind: 'page' });
		expect(broken).toMatchObject({ ok: false, error: { reason: 'bad-url', url: 'http://[::1' } });
	});

	it('judges a name on the address it resolves to, at connect time', async () => {
		web.route('/named', { body: 'hello' });
		const port = new URL(web.url).port;
		const dns = fakeDns({
			'site.test': ['127.0.0.1'],
			'evil.test': ['127.0.0.2'],
			'mixed.test': ['127.0.0.1', '10.0.0.1'],
			'v6.test': ['::1']
		});
		const guarded = make({ resolve: dns });
		const ok = await guarded.fetchUntrusted(`http://site.test:${port}/named`, { kind: 'page' });
		expect(ok).toMatchObject({ ok: true, value: { url: `http://site.test:${port}/named` } });
		for (const name of ['evil.test', 'mixed.test', 'v6.test'])
			expect(
				await guarded.fetchUntrusted(`http://${name}:${other.url.split(':')[2]}/secret`, { kind: 'page' })
			).toMatchObject({ ok: false, error: { reason: 'forbidden-address' } });
		const tls = await guarded.fetchUntrusted('https://evil.test/a.torrent', { kind: 'torrent' });
		expect(tls).toMatchObject({ ok: false, error: { reason: 'forbidden-address' } });
		const nowhere = await guarded.fetchUntrusted('http://nowhere.test/', { kind: 'page' });
		expect(nowhere).toMatchObject({ ok: false, error: { reason: 'network', message: 'host not found' } });
	});

	it('refuses a name that resolves to loopback with the system resolver too', async () => {
		const result = await make({ allowlist: [] }).fetchUntrusted(
			`http://localhost:${new URL(web.url).port}/`,
			{
				kind: 'page'
			}
		);
		expect(result).toMatchObject({ ok: false, error: { reason: 'forbidden-address' } });
	});

	it('ends a redirect loop as too-many-redirects', async () => {
		web.route('/loop', { redirect: '/loop' });
		const before = web.requests.length;
		const result = await make().fetchUntrusted(`${web.url}/loop`, { kind: 'page' });
		expect(result).toMatchObject({ ok: false, error: { reason: 'too-many-redirects' } });
		expect(web.requests.length - before).toBe(6);
	});

	it('follows up to five redirects and reports the final URL', async () => {
		for (let hop = 1; hop <= 5; hop++)
			web.route(`/hop${hop}`, { redirect: hop === 5 ? '/landing' : `/hop${hop + 1}` });
		web.route('/landing', { body: 'landed' });
		const result = await make().fetchUntrusted(`${web.url}/hop1`, { kind: 'page' });
		expect(result).toMatchObject({ ok: true, value: { url: `${web.url}/landing`, status: 200 } });
	});

	it('reports an error status as http-status', async () => {
		const result = await make().fetchUntrusted(`${web.url}/missing`, { kind: 'page' });
		expect(result).toMatchObject({ ok: false, error: { reason: 'http-status', message: 'HTTP 404' } });
	});

	it('reports bad URLs without connecting', async () => {
		const guarded = make();
		expect(await guarded.fetchUntrusted('javascript:alert(1)', { kind: 'page' })).toMatchObject({
			ok: false,
			error: { reason: 'bad-url' }
		});
		expect(await guarded.fetchUntrusted('http://[::1', { kind: 'page' })).toMatchObject({
			ok: false,
			error: { reason: 'bad-url' }
		});
	});
});

describe('fetchUntrusted: limits', () => {
	it('fails at once on a 1 GB Content-Length, without waiting for the body', async () => {
		web.route('/huge', {
			headers: { 'content-length': String(1024 ** 3) },
			body: 'x'.repeat(100),
			hang: true
		});
		// Stopped at the declared length: a read of the hanging body would end as a timeout instead.
		const result = await make().fetchUntrusted(`${web.url}/huge`, { kind: 'torrent', timeoutMs: 5000 });
		expect(result).toMatchObject({ ok: false, error: { reason: 'too-large' } });
	});

	it('reads a gzip bomb (50 MB of zeros) as a page only up to the cap, and refuses it as a .torrent', async () => {
		const bomb = zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024));
		expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
		web.route('/bomb', { headers: { 'content-encoding': 'gzip' }, body: bomb });
		const page = await make().fetchUntrusted(`${web.url}/bomb`, { kind: 'page' });
		expect(page).toMatchObject({ ok: true, value: { truncated: true } });
		expect(page.ok && page.value.body.length).toBe(LIMITS.page);
		const torrent = await make().fetchUntrusted(`${web.url}/bomb`, { kind: 'torrent' });
		expect(torrent).toMatchObject({ ok: false, error: { reason: 'too-large' } });
	});

	it('keeps the first 2 MiB of a longer page, with or without Content-Length', async () => {
		const long = Buffer.concat([Buffer.from('magnet first '), Buffer.alloc(3 * 1024 * 1024, 0x61)]);
		web.route('/long', { body: long, trickleMs: 0 });
		web.route('/declared', { body: long });
		for (const path of ['/long', '/declared']) {
			const page = await make().fetchUntrusted(`${web.url}${path}`, { kind: 'page', timeoutMs: 10_000 });
			expect(page).toMatchObject({ ok: true, value: { truncated: true } });
			if (!page.ok) continue;
			expect(page.value.body.length).toBe(LIMITS.page);
			expect(page.value.text().startsWith('magnet first aaa')).toBe(true);
		}
	});

	it('says a page within the cap is whole', async () => {
		web.route('/small', { body: 'short' });
		const page = await make().fetchUntrusted(`${web.url}/small`, { kind: 'page' });
		expect(page).toMatchObject({ ok: true, value: { truncated: false } });
	});

	it('ends a trickling body as timeout, and never before its budget', async () => {
		// 100 pieces 50 ms apart take 5 s: a budget that ends the body must cut it while it still trickles.
		web.route('/slow', { body: 'y'.repeat(64 * 100), trickleMs: 50 });
		const started = performance.now();
		const result = await make().fetchUntrusted(`${web.url}/slow`, { kind: 'page', timeoutMs: 300 });
		const took = performance.now() - started;
		expect(result).toMatchObject({ ok: false, error: { reason: 'timeout' } });
		expect(took).toBeGreaterThanOrEqual(290);
		// the connection is closed, not read to its end: the server sees the body abandoned
		await expect.poll(() => web.abandoned).toContain('/slow');
	});

	it('uses the site timeout when the caller gives none, and honours the caller signal', async () => {
		web.route('/hang', { hang: true, body: 'z'.repeat(64) });
		const timed = await make({ siteTimeoutMs: 200 }).fetchUntrusted(`${web.url}/hang`, { kind: 'page' });
		expect(timed).toMatchObject({ ok: false, error: { reason: 'timeout' } });
		const caller = new AbortController();
		setTimeout(() => caller.abort(), 50);
		const aborted = await egress.fetchUntrusted(`${web.url}/hang`, { kind: 'page', signal: caller.signal });
		expect(aborted).toMatchObject({ ok: false, error: { reason: 'aborted' } });
	});
});

describe('fetchUntrusted: decoding', () => {
	it('decodes ISO-8859-1 named by Content-Type', async () => {
		web.route('/latin', {
			headers: { 'content-type': 'text/html; charset=ISO-8859-1' },
			body: Buffer.from('<p>Amélie – café</p>'.replace('–', '-'), 'latin1')
		});
		const result = await make().fetchUntrusted(`${web.url}/latin`, { kind: 'page' });
		expect(result.ok && result.value.text()).toBe('<p>Amélie - café</p>');
	});

	it('decodes windows-1251 named by a meta tag, in both spellings', async () => {
		const privet = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
		const pages = {
			'/meta': '<meta charset="windows-1251">',
			'/equiv': '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
		};
		for (const [path, meta] of Object.entries(pages)) {
			web.route(path, {
				headers: { 'content-type': 'text/html' },
				body: Buffer.concat([Buffer.from(`<html><head>${meta}</head><body>`), privet])
			});
			const result = await make().fetchUntrusted(`${web.url}${path}`, { kind: 'page' });
			expect(result.ok && result.value.text()).toContain('<body>Привет');
		}
	});

	it('decompresses brotli, gzip and deflate', async () => {
		const html = '<p>ünïcödé magnet:?xt=urn:btih:0123456789abcdef0123456789abcdef01234567</p>';
		const codings: [string, Buffer][] = [
			['br', zlib.brotliCompressSync(html)],
			['gzip', zlib.gzipSync(html)],
			['deflate', zlib.deflateSync(html)]
		];
		for (const [coding, body] of codings) {
			web.route(`/${coding}`, { headers: { 'content-encoding': coding }, body });
			const result = await make().fetchUntrusted(`${web.url}/${coding}`, { kind: 'page' });
			expect(result.ok && result.value.text()).toBe(html);
		}
	});
});

// Counts what is open at once; one gauge can be shared by several servers.
class Gauge {
	now = 0;
	peak = 0;
	up(): void {
		this.peak = Math.max(this.peak, ++this.now);
	}
	down(): void {
		this.now--;
	}
}

// A server that answers each request after a pause, gauging its connections and the requests in flight.
async function countingServer(host: string, requests = new Gauge()) {
	const connections = new Gauge();
	const server = createServer((_request: IncomingMessage, response: ServerResponse) => {
		requests.up();
		setTimeout(() => {
			requests.down();
			response.end('ok');
		}, 60);
	});
	server.on('connection', (socket) => {
		connections.up();
		socket.on('close', () => connections.down());
	});
	await new Promise<void>((resolve) => server.listen(0, host, resolve));
	const url = `http://${host}:${(server.address() as AddressInfo).port}`;
	return { url, connections, server };
}

function stop(server: Server): void {
	server.closeAllConnections();
	server.close();
}

describe('fetchUntrusted: concurrency', () => {
	it('opens at most four connections to one origin', async () => {
		const counting = await countingServer('127.0.0.1');
		const guarded = make();
		const results = await Promise.all(
			Array.from({ length: 12 }, (_, n) => guarded.fetchUntrusted(`${counting.url}/${n}`, { kind: 'page' }))
		);
		expect(results.every((result) => result.ok)).toBe(true);
		expect(counting.connections.peak).toBe(4);
		stop(counting.server);
	});

	it('spends no budget while a fetch waits for a connection to a busy origin', async () => {
		web.route('/queued', { body: 'served', delayMs: 300 });
		const guarded = make();
		// Twelve fetches, four connections: the last ones wait two rounds. Their budget, shorter than the
		// wait plus their own answer, starts when they get a connection, so they still finish.
		const early = Array.from({ length: 8 }, (_, n) =>
			guarded.fetchUntrusted(`${web.url}/queued?n=${n}`, { kind: 'page', timeoutMs: 5000 })
		);
		const late = Array.from({ length: 4 }, (_, n) =>
			guarded.fetchUntrusted(`${web.url}/queued?late=${n}`, { kind: 'page', timeoutMs: 700 })
		);
		const results = await Promise.all([...early, ...late]);
		expect(results.map((result) => result.ok)).toEqual(Array(12).fill(true));
	});

	it('does not start a fetch its deadline leaves no time for, and ends one at its deadline', async () => {
		web.route('/never-asked', { body: 'x' });
		web.route('/endless', { body: 'x'.repeat(100), hang: true });
		const guarded = make();
		const before = web.requests.length;
		const late = await guarded.fetchUntrusted(`${web.url}/never-asked`, {
			kind: 'page',
			deadline: performance.now() + 10
		});
		expect(late).toMatchObject({
			ok: false,
			error: { reason: 'timeout', message: expect.stringContaining('no time left') }
		});
		expect(web.requests.length).toBe(before);
		const cut = await guarded.fetchUntrusted(`${web.url}/endless`, {
			kind: 'page',
			timeoutMs: 60_000,
			deadline: performance.now() + 400
		});
		expect(cut).toMatchObject({ ok: false, error: { reason: 'timeout' } });
	});

	it('keeps the number of fetches in flight under the global bound across origins', async () => {
		const inFlight = new Gauge();
		const servers = await Promise.all([
			countingServer('127.0.0.1', inFlight),
			countingServer('127.0.0.3', inFlight)
		]);
		const guarded = make({ allowlist: [ipaddr.parseCIDR('127.0.0.0/8')], maxInFlight: 3 });
		const results = await Promise.all(
			servers.flatMap(({ url }) =>
				Array.from({ length: 4 }, (_, n) => guarded.fetchUntrusted(`${url}/${n}`, { kind: 'page' }))
			)
		);
		expect(results.every((result) => result.ok)).toBe(true);
		expect(inFlight.peak).toBe(3);
		for (const { server } of servers) stop(server);
	});
});

describe('streamUntrusted', () => {
	it('hands a page over in pieces as it arrives, never the whole body, and cut at the cap', async () => {
		web.route('/big', { body: Buffer.alloc(3 * 1024 * 1024, 0x61) });
		const sizes: number[] = [];
		const result = await make().streamUntrusted(`${web.url}/big`, { kind: 'page' }, async ({ body }) => {
			for await (const chunk of body) sizes.push(chunk.length);
			return body.truncated;
		});
		expect(result).toEqual({ ok: true, value: true });
		expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(LIMITS.page);
		expect(sizes.length).toBeGreaterThan(16);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(LIMITS.page / 16);
	});

	it('gives the first pieces before the server has sent the rest', async () => {
		let sendRest: () => void = () => undefined;
		const rest = new Promise<void>((resolve) => (sendRest = resolve));
		const server = createServer((_, response) => {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.write('<title>first</title>');
			void rest.then(() => response.end('<p>rest</p>'));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const seen: string[] = [];
		const result = await make().streamUntrusted(`http://127.0.0.1:${port}/`, { kind: 'page' }, async (r) => {
			for await (const chunk of r.body) {
				seen.push(chunk.toString());
				if (seen.length === 1) sendRest();
			}
			return r.url;
		});
		expect(result).toEqual({ ok: true, value: `http://127.0.0.1:${port}/` });
		expect(seen).toEqual(['<title>first</title>', '<p>rest</p>']);
		stop(server);
	});

	it('keeps the fetch in flight until its reader is done, and closes what the reader left unread', async () => {
		web.route('/first', { body: 'x'.repeat(1000), hang: true });
		web.route('/second', { body: 'y' });
		const guarded = make({ maxInFlight: 1 });
		let finish: () => void = () => undefined;
		const reading = new Promise<void>((resolve) => (finish = resolve));
		const first = guarded.streamUntrusted(`${web.url}/first`, { kind: 'page' }, async ({ body }) => {
			for await (const chunk of body) if (chunk.length > 0) break;
			await reading;
			return 'read the first piece only';
		});
		const second = guarded.fetchUntrusted(`${web.url}/second`, { kind: 'page' });
		// However long the first reader takes, the second fetch is not sent before it is done.
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(web.requests.filter((path) => path === '/second')).toEqual([]);
		finish();
		expect(await first).toEqual({ ok: true, value: 'read the first piece only' });
		expect(await second).toMatchObject({ ok: true });
		expect(web.requests.filter((path) => path === '/second')).toEqual(['/second']);
		await expect.poll(() => web.abandoned).toContain('/first');
	});

	it('fails the fetch when the body breaks or runs out of time while it is read', async () => {
		web.route('/hang-stream', { hang: true, body: 'z'.repeat(64) });
		const read: string[] = [];
		const result = await make().streamUntrusted(
			`${web.url}/hang-stream`,
			{ kind: 'page', timeoutMs: 200 },
			async ({ body }) => {
				for await (const chunk of body) read.push(chunk.toString());
				return 'never';
			}
		);
		expect(result).toMatchObject({ ok: false, error: { reason: 'timeout' } });
		expect(read).toEqual(['z'.repeat(16)]);
		web.route('/gzip-huge', {
			headers: { 'content-encoding': 'gzip' },
			body: zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024))
		});
		const torrent = await make().streamUntrusted(
			`${web.url}/gzip-huge`,
			{ kind: 'torrent' },
			async ({ body }) => {
				for await (const chunk of body) read.push(String(chunk.length));
				return 'never';
			}
		);
		expect(torrent).toMatchObject({ ok: false, error: { reason: 'too-large' } });
	});
});

// Fetching operator-configured engines and services, and leaving no socket or timer behind on close.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeWeb, type FakeWeb } from '#tests/fake-web/fake-web.ts';
import { createEgress, type Egress } from './egress.ts';
import { releaseAll } from '#lib/server/lifecycle.ts';
import { config } from '#lib/server/config.ts';
import { closeEgress, fetchUntrusted, isForbiddenAddress } from './index.ts';

let web: FakeWeb;
let egress: Egress;

function make(): Egress {
	// No allowlist: operator-configured URLs are trusted, so 127.0.0.1 must work regardless.
	egress = createEgress({ allowlist: [], siteTimeoutMs: 2000 });
	return egress;
}

beforeAll(async () => {
	web = await startFakeWeb();
});
afterAll(async () => web.close());
afterEach(async () => egress?.close());

describe('fetchConfigured', () => {
	it('hands back a redirect unfollowed, for the engine to read', async () => {
		web.route('/search', { redirect: '/showcaptcha?retpath=x' });
		const result = await make().fetchConfigured({ url: `${web.url}/search?q=a` }, { timeoutMs: 1000 });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.status).toBe(302);
		expect(result.value.url).toBe(`${web.url}/search?q=a`);
		expect(result.value.headers.get('location')).toBe('/showcaptcha?retpath=x');
		expect(web.requests).not.toContain('/showcaptcha?retpath=x');
	});

	it('returns error statuses as answers and decodes the charset', async () => {
		web.route('/busy', { status: 429, body: 'slow down' });
		web.route('/ru', {
			headers: { 'content-type': 'text/html; charset=windows-1251' },
			body: Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])
		});
		const busy = await make().fetchConfigured({ url: `${web.url}/busy` }, { timeoutMs: 1000 });
		expect(busy).toMatchObject({ ok: true, value: { status: 429, body: 'slow down' } });
		const ru = await egress.fetchConfigured({ url: `${web.url}/ru` }, { timeoutMs: 1000 });
		expect(ru.ok && ru.value.body).toBe('Привет');
	});

	it('sends the method, body and headers the engine built', async () => {
		let seen: { method?: string; headers?: IncomingHttpHeaders; body?: string } = {};
		const server = createServer((request, response) => {
			let body = '';
			request.on('data', (chunk: Buffer) => (body += chunk.toString()));
			request.on('end', () => {
				seen = { method: request.method, headers: request.headers, body };
				response.end('{}');
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
		const result = await make().fetchConfigured(
			{
				url,
				method: 'POST',
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
				body: 'q=ubuntu'
			},
			{ timeoutMs: 1000 }
		);
		expect(result.ok).toBe(true);
		expect(seen).toMatchObject({ method: 'POST', body: 'q=ubuntu' });
		expect(seen.headers?.['content-type']).toBe('application/x-www-form-urlencoded');
		// One browser, every header agreeing: Firefox's agent, language list and codings, no client hints.
		expect(seen.headers?.['user-agent']).toMatch(
			/^Mozilla\/5\.0 \(X11; Linux x86_64; rv:140\.0\) .*Firefox\/140\.0$/
		);
		expect(seen.headers?.['accept-language']).toBe('en-US,en;q=0.5');
		expect(seen.headers?.['accept-encoding']).toBe('gzip, deflate, br, zstd');
		expect(Object.keys(seen.headers ?? {}).filter((name) => name.startsWith('sec-ch-'))).toEqual([]);
		server.closeAllConnections();
		server.close();
	});

	it('fails as timeout, too-large, network or bad-url, with the URL asked, never throwing', async () => {
		web.route('/stuck', { hang: true, body: 'x'.repeat(64) });
		web.route('/big', { body: Buffer.alloc(5 * 1024 * 1024, 0x61) });
		const engine = make();
		expect(await engine.fetchConfigured({ url: `${web.url}/stuck` }, { timeoutMs: 150 })).toMatchObject({
			ok: false,
			error: {
				reason: 'timeout'
			}
		});
		expect(await engine.fetchConfigured({ url: `${web.url}/big` }, { timeoutMs: 2000 })).toMatchObject({
			ok: false,
			error: {
				reason: 'too-large'
			}
		});
		expect(await engine.fetchConfigured({ url: 'http://127.0.0.1:1/' }, { timeoutMs: 1000 })).toEqual({
			ok: false,
			error: { url: 'http://127.0.0.1:1/', reason: 'network', message: 'connection refused' }
		});
		expect(await engine.fetchConfigured({ url: 'ftp://127.0.0.1/' }, { timeoutMs: 1000 })).toEqual({
			ok: false,
			error: { url: 'ftp://127.0.0.1/', reason: 'bad-url', message: 'ftp URLs are not fetched' }
		});
	});

	it('follows redirects when asked, to a loopback service, with the accept header asked for', async () => {
		web.route('/meta/tt1', { redirect: '/meta/tt1.json' });
		web.route('/meta/tt1.json', { body: '{"meta":{"name":"A"}}' });
		const result = await make().fetchConfigured(
			{ url: `${web.url}/meta/tt1`, headers: { Accept: 'application/json' } },
			{ timeoutMs: 1000, followRedirects: true }
		);
		expect(result).toMatchObject({ ok: true, value: { status: 200, url: `${web.url}/meta/tt1.json` } });
		expect(result.ok && JSON.parse(result.value.body)).toEqual({ meta: { name: 'A' } });
		expect(web.requests.slice(-2)).toEqual(['/meta/tt1', '/meta/tt1.json']);
	});

	it('following redirects, asks a 303 again as a GET without the body, and a 307 with it', async () => {
		const seen: { url?: string; method?: string; type?: string; body: string }[] = [];
		const server = createServer((request, response) => {
			let body = '';
			request.on('data', (chunk: Buffer) => (body += chunk.toString()));
			request.on('end', () => {
				seen.push({ url: request.url, method: request.method, type: request.headers['content-type'], body });
				const to = { '/see-other': '/done', '/temporary': '/done' }[request.url ?? ''];
				if (to) response.writeHead(request.url === '/see-other' ? 303 : 307, { location: to });
				response.end('{}');
			});
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const egress = make();
		for (const path of ['/see-other', '/temporary']) {
			const result = await egress.fetchConfigured(
				{ url: `${base}${path}`, method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'q' },
				{ timeoutMs: 1000, followRedirects: true }
			);
			expect(result).toMatchObject({ ok: true, value: { status: 200, url: `${base}/done` } });
		}
		expect(seen).toEqual([
			{ url: '/see-other', method: 'POST', type: 'text/plain', body: 'q' },
			{ url: '/done', method: 'GET', type: undefined, body: '' },
			{ url: '/temporary', method: 'POST', type: 'text/plain', body: 'q' },
			{ url: '/done', method: 'POST', type: 'text/plain', body: 'q' }
		]);
		server.closeAllConnections();
		server.close();
	});

	it('following redirects, fails on an answer that is not 2xx, naming where it ended', async () => {
		web.route('/moved', { redirect: '/gone' });
		web.route('/gone', { status: 404, body: 'no' });
		expect(
			await make().fetchConfigured({ url: `${web.url}/moved` }, { timeoutMs: 1000, followRedirects: true })
		).toEqual({ ok: false, error: { url: `${web.url}/gone`, reason: 'http-status', message: 'HTTP 404' } });
	});
});

describe('closing', () => {
	it('aborts what is in flight', async () => {
		web.route('/forever', { hang: true, body: 'x'.repeat(64) });
		const pending = make().fetchConfigured({ url: `${web.url}/forever` }, { timeoutMs: 10_000 });
		await expect.poll(() => web.requests.includes('/forever'), { timeout: 10_000 }).toBe(true);
		await egress.close();
		// Aborted by close, not ended by its own 10 s budget (that would read as a timeout).
		expect(await pending).toMatchObject({ ok: false, error: { reason: 'aborted' } });
	});

	it('leaves no socket or timer behind after a fetch and close', async () => {
		const count = (type: string) => process.getActiveResourcesInfo().filter((name) => name === type).length;
		const sockets = count('TCPSocketWrap');
		const timers = count('Timeout');
		web.route('/page', { body: '<p>hi</p>' });
		const result = await make().fetchConfigured({ url: `${web.url}/page` }, { timeoutMs: 1000 });
		expect(result.ok).toBe(true);
		// The pooled keep-alive connection is open now (its server side holds the loop)...
		expect(count('TCPSocketWrap')).toBeGreaterThan(sockets);
		await egress.close();
		// ...and close ends it: the server side sees the connection end and lets go too.
		await expect.poll(() => count('TCPSocketWrap'), { timeout: 10_000 }).toBe(sockets);
		expect(count('Timeout')).toBeLessThanOrEqual(timers);
	});

	it('is released with everything else when the app shuts down', async () => {
		const sockets = process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length;
		web.route('/page', { body: '<p>hi</p>' });
		expect((await make().fetchConfigured({ url: `${web.url}/page` }, { timeoutMs: 1000 })).ok).toBe(true);
		await releaseAll();
		await expect
			.poll(() => process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap').length)
			.toBe(sockets);
	});

	it('the app-wide egress judges links by the configured allowlist, and closes', async () => {
		web.route('/page', { body: '<p>hi</p>' });
		const allowed = !isForbiddenAddress('127.0.0.1', config.egressAllowlist);
		const result = await fetchUntrusted(`${web.url}/page`, { kind: 'page' });
		expect(result.ok ? 'ok' : result.error.reason).toBe(allowed ? 'ok' : 'forbidden-address');
		await expect(closeEgress()).resolves.toBeUndefined();
	});
});

describe('fetchConfiguredTorrent', () => {
	it('follows its own origin, hands back a magnet redirect unasked and a redirect elsewhere unfollowed', async () => {
		web.route('/dl/1', { redirect: '/dl/file' });
		web.route('/dl/file', {
			body: Buffer.from('d4:infod6:lengthi1e4:name1:a12:piece lengthi1e6:pieces0:ee')
		});
		web.route('/dl/2', { redirect: 'magnet:?xt=urn:btih:c1f9f6bade11a4c46028b118053452460ab94be1' });
		web.route('/dl/3', { redirect: 'http://10.0.0.1/file.torrent' });
		const torrent = await make().fetchConfiguredTorrent(`${web.url}/dl/1`, { timeoutMs: 1000 });
		expect(torrent.ok && 'body' in torrent.value && Buffer.from(torrent.value.body).toString()).toMatch(
			/^d4:info/
		);
		expect(await egress.fetchConfiguredTorrent(`${web.url}/dl/2`, { timeoutMs: 1000 })).toEqual({
			ok: true,
			value: { magnet: 'magnet:?xt=urn:btih:c1f9f6bade11a4c46028b118053452460ab94be1' }
		});
		expect(await egress.fetchConfiguredTorrent(`${web.url}/dl/3`, { timeoutMs: 1000 })).toEqual({
			ok: true,
			value: { elsewhere: 'http://10.0.0.1/file.torrent' }
		});
		expect(web.requests.filter((path) => path.startsWith('/dl/'))).toEqual([
			'/dl/1',
			'/dl/file',
			'/dl/2',
			'/dl/3'
		]);
	});
});

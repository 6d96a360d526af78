// Who may send, on the built server with a real qBittorrent on loopback: a DNS-rebinding page (Host and
// Origin of a name that resolves to us) is refused, and with AUTH_USER_HEADER only a user the trusted
// proxy names, and AUTH_USERS lists, may send; every refusal is a 403 that says why and sends nothing.
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { PROGRAMS, installed, startQbittorrent, type Daemon } from './daemons.ts';

const haveQbittorrent = installed(PROGRAMS.qbittorrent);
if (!haveQbittorrent)
	console.warn('skipping: qbittorrent-nox is missing (scripts/ensure-system-packages installs it)');

interface Answer {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** A request with the Host we choose (fetch will not send another) and from a chosen loopback address. */
function send(
	app: App,
	path: string,
	body: string,
	headers: Record<string, string>,
	localAddress = '127.0.0.1'
): Promise<Answer> {
	const { hostname, port } = new URL(app.url);
	return new Promise((resolve, reject) => {
		const outgoing = request(
			{ host: hostname, port, path, method: 'POST', localAddress, headers, agent: false },
			(response) => {
				let text = '';
				response.on('data', (chunk: Buffer) => (text += chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text })
				);
			}
		);
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

function newMagnet(): { infohash: string; magnet: string } {
	const infohash = createHash('sha1').update(randomBytes(32)).digest('hex');
	return { infohash, magnet: `magnet:?xt=urn:btih:${infohash}&dn=who-may-send` };
}

const json = { 'content-type': 'application/json' };

describe.skipIf(!haveQbittorrent)('who may send', { timeout: 60_000 }, () => {
	let qbt: Daemon;
	let open: App;
	let named: App;

	beforeAll(async () => {
		qbt = await startQbittorrent();
		const clients = `home=qbittorrent+${qbt.url}`;
		[open, named] = await Promise.all([
			startApp({ TORRENT_CLIENTS: clients }),
			startApp({
				TORRENT_CLIENTS: clients,
				AUTH_USER_HEADER: 'Remote-User',
				AUTH_USERS: 'alice,bob@example.com',
				// The proxy is 127.0.0.2: the test connects from there to be the proxy, from 127.0.0.1 not to be.
				AUTH_TRUSTED_PROXIES: '127.0.0.2',
				SEND_RATE_LIMIT: '3'
			})
		]);
	}, 120_000);

	afterAll(async () => {
		await Promise.all([open?.stop(), named?.stop()]);
		await qbt?.stop();
	}, 60_000);

	const listed = async () => (await qbt.torrents()).map((torrent) => torrent.infohash);

	it('refuses a DNS-rebinding send: Host and Origin of another name, to the API and the form', async () => {
		const port = new URL(open.url).port;
		const { magnet, infohash } = newMagnet();
		const api = await send(open, '/api/send', JSON.stringify({ magnet }), {
			...json,
			host: `attacker.example:${port}`,
			origin: `http://attacker.example:${port}`
		});
		expect(api.status).toBe(403);
		expect(JSON.parse(api.body).error).toMatch(/"attacker\.example" may not change anything.*ALLOWED_HOSTS/);
		const form = await send(open, '/search/send', new URLSearchParams({ magnet }).toString(), {
			'content-type': 'application/x-www-form-urlencoded',
			host: `attacker.example:${port}`,
			origin: 'null',
			'sec-fetch-site': 'same-origin'
		});
		expect(form.status).toBe(403);
		expect(form.body).toContain('ALLOWED_HOSTS');
		expect(await listed()).not.toContain(infohash);

		// The same send addressed to the server's own address goes through.
		const own = await send(open, '/api/send', JSON.stringify({ magnet }), { ...json, origin: open.url });
		expect(own.status).toBe(200);
		expect(await listed()).toContain(infohash);
	});

	it('accepts a send from the trusted proxy naming a listed user', async () => {
		const { magnet, infohash } = newMagnet();
		const answer = await send(
			named,
			'/api/send',
			JSON.stringify({ magnet }),
			{ ...json, 'remote-user': 'Bob@Example.com' },
			'127.0.0.2'
		);
		expect(answer.status).toBe(200);
		expect(JSON.parse(answer.body)).toEqual({ client: 'home', infohash, added: true });
		expect(await listed()).toContain(infohash);
	});

	it('refuses every other send with 403 saying why, and sends nothing', async () => {
		const { magnet, infohash } = newMagnet();
		const body = JSON.stringify({ magnet });
		const cases: [Record<string, string>, string, RegExp][] = [
			[{}, '127.0.0.2', /the proxy named no user \(remote-user/],
			[{ 'remote-user': '' }, '127.0.0.2', /the proxy named no user/],
			[{ 'remote-user': 'mallory' }, '127.0.0.2', /"mallory" may not send: not listed in AUTH_USERS/],
			// The header from anyone but the proxy is not believed.
			[{ 'remote-user': 'alice' }, '127.0.0.1', /did not come through it \(AUTH_TRUSTED_PROXIES\)/]
		];
		for (const [headers, from, reason] of cases) {
			const answer = await send(named, '/api/send', body, { ...json, ...headers }, from);
			expect([answer.status, JSON.parse(answer.body).error]).toEqual([403, expect.stringMatching(reason)]);
		}
		const form = await send(
			named,
			'/search/send',
			new URLSearchParams({ magnet }).toString(),
			{ 'content-type': 'application/x-www-form-urlencoded', 'remote-user': 'mallory' },
			'127.0.0.2'
		);
		expect(form.status).toBe(403);
		expect(form.body).toContain('not listed in AUTH_USERS');
		expect(await listed()).not.toContain(infohash);
	});

	it('limits sends per user (SEND_RATE_LIMIT) with 429 and Retry-After', async () => {
		const statuses: number[] = [];
		let last: Answer | null = null;
		for (let i = 0; i < 4; i++) {
			last = await send(
				named,
				'/api/send',
				JSON.stringify({ magnet: newMagnet().magnet }),
				{ ...json, 'remote-user': 'alice' },
				'127.0.0.2'
			);
			statuses.push(last.status);
		}
		expect(statuses).toEqual([200, 200, 200, 429]);
		expect(JSON.parse(last?.body ?? '{}').error).toMatch(/at most 3 a minute \(SEND_RATE_LIMIT\)/);
		expect(Number(last?.headers['retry-after'])).toBeGreaterThan(0);
	});
});

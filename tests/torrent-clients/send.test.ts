// Sending results to real torrent clients through the built server: qBittorrent, Transmission and Deluge
// run on loopback (daemons.ts) and are asked afterwards, through their own APIs, what they now hold.
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, appEnv, startApp, type App } from '../app-server.ts';
import { startSupervisor } from '../socket-activation/supervisor.ts';
import {
	PROGRAMS,
	installed,
	startDeluge,
	startQbittorrent,
	startTransmission,
	type Daemon
} from './daemons.ts';

const haveClients = installed(PROGRAMS.qbittorrent) && installed(PROGRAMS.transmission);
const haveDeluge = installed(PROGRAMS.deluged) && installed(PROGRAMS.delugeWeb);
if (!haveClients)
	console.warn(
		'skipping: qbittorrent-nox or transmission-daemon is missing (scripts/ensure-system-packages installs them)'
	);

/** A magnet for a torrent nobody has: an infohash from random bytes, a name, and no tracker to call. */
function testMagnet(name: string): { infohash: string; name: string; magnet: string } {
	const infohash = createHash('sha1').update(randomBytes(32)).digest('hex');
	return { infohash, name, magnet: `magnet:?xt=urn:btih:${infohash}&dn=${encodeURIComponent(name)}` };
}

describe.skipIf(!haveClients)('sending to real torrent clients', { timeout: 60_000 }, () => {
	let app: App;
	let qbt: Daemon;
	let tr: Daemon;
	let deluge: Daemon | null = null;

	beforeAll(async () => {
		[qbt, tr, deluge] = await Promise.all([
			startQbittorrent('paused=true&category=cf-films&savepath=/tmp/cf-films'),
			startTransmission('paused=true&category=cf-shows'),
			haveDeluge ? startDeluge('paused=true&category=CF-Music') : Promise.resolve(null)
		]);
		const clients = [`home=qbittorrent+${qbt.url}`, `nas=transmission+${tr.url}`];
		if (deluge) clients.push(`box=deluge+${deluge.url}`);
		// A client whose password is wrong, to see the login refused.
		clients.push(`wrong=qbittorrent+${qbt.url.replace(/:[^:@/]*@/, ':not-the-password@')}`);
		clients.push(`wrong-rpc=transmission+${tr.url.replace(/:[^:@/]*@/, ':not-the-password@')}`);
		app = await startApp({ TORRENT_CLIENTS: clients.join(',') });
	}, 120_000);

	afterAll(async () => {
		await app?.stop();
		await Promise.all([qbt?.stop(), tr?.stop(), deluge?.stop()]);
	}, 60_000);

	const send = (body: unknown, origin: string | null = app.url) =>
		fetch(`${app.url}/api/send`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
			body: JSON.stringify(body)
		});

	it('lists the clients by label and kind, never an address or a credential', async () => {
		const response = await fetch(`${app.url}/api/clients`);
		const text = await response.text();
		expect(response.status).toBe(200);
		expect(JSON.parse(text)).toEqual([
			{ label: 'home', kind: 'qbittorrent' },
			{ label: 'nas', kind: 'transmission' },
			...(deluge ? [{ label: 'box', kind: 'deluge' }] : []),
			{ label: 'wrong', kind: 'qbittorrent' },
			{ label: 'wrong-rpc', kind: 'transmission' }
		]);
		expect(text).not.toMatch(/127\.0\.0\.1|cftest|p%40ss|p@ss|http/);
	});

	const cases = [
		{ label: 'home', daemon: () => qbt },
		{ label: 'nas', daemon: () => tr },
		{ label: 'box', daemon: () => deluge }
	];

	for (const { label, daemon } of cases) {
		it(`three magnets sent to ${label} are listed by that client with their infohash and name`, async (context) => {
			const client = daemon();
			if (!client) return context.skip('deluged or deluge-web is missing');
			const magnets = [1, 2, 3].map((n) => testMagnet(`cf-torrent ${label} test ${n}`));
			for (const { magnet, infohash } of magnets) {
				const response = await send({ magnet, client: label });
				expect(await response.json()).toEqual({ client: label, infohash, added: true });
				expect(response.status).toBe(200);
			}
			const listed = await client.torrents();
			for (const { infohash, name } of magnets)
				expect(listed).toContainEqual(expect.objectContaining({ infohash, name }));

			// Sent again, it is already there: the client is not asked to add a duplicate.
			const again = await send({ magnet: magnets[0]?.magnet, client: label });
			expect(await again.json()).toMatchObject({ client: label, added: false });
			expect((await client.torrents()).length).toBe(listed.length);
		});
	}

	it("applies each client's options: category or label, save path, added paused", async () => {
		const qbtTorrents = (await qbt.torrents()) as unknown as {
			category: string;
			save_path: string;
			state: string;
		}[];
		// the three sent above, each once: a loop over an empty list would check nothing
		expect(qbtTorrents).toHaveLength(3);
		for (const torrent of qbtTorrents) {
			expect(torrent.category).toBe('cf-films');
			expect(torrent.save_path.replace(/\/$/, '')).toBe('/tmp/cf-films');
			expect(torrent.state).toMatch(/^paused|^stopped/);
		}
		const trTorrents = (await tr.torrents()) as unknown as { status: number; labels: string[] }[];
		// Transmission's status 0 is stopped (libtransmission/transmission.h TR_STATUS_STOPPED).
		expect(trTorrents).toHaveLength(3);
		for (const torrent of trTorrents) expect(torrent).toMatchObject({ status: 0, labels: ['cf-shows'] });
		if (deluge) {
			const delugeTorrents = (await deluge.torrents()) as unknown as { state: string; label: string }[];
			expect(delugeTorrents).toHaveLength(3);
			for (const torrent of delugeTorrents)
				expect(torrent).toMatchObject({ state: 'Paused', label: 'cf-music' });
		}
	});

	it('sends to the first client when none is named', async () => {
		const { magnet, infohash } = testMagnet('cf-torrent default client');
		const response = await send({ magnet });
		expect(await response.json()).toEqual({ client: 'home', infohash, added: true });
	});

	it('refuses a bad magnet (400), an unknown client (404) and a body that is not the contract', async () => {
		const bad = await send({ magnet: 'magnet:?xt=urn:btih:1234', client: 'home' });
		expect(bad.status).toBe(400);
		expect(await bad.json()).toEqual({ error: 'magnet must be a magnet link with a BitTorrent infohash' });
		const page = await send({ magnet: 'https://example.com/?xt=urn:btih:' + 'a'.repeat(40), client: 'home' });
		expect(page.status).toBe(400);
		const unknown = await send({ magnet: testMagnet('x').magnet, client: 'nope' });
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual({ error: 'no torrent client is called "nope"' });
		const notJson = await fetch(`${app.url}/api/send`, { method: 'POST', body: 'magnet=x' });
		expect(notJson.status).toBe(400);
		expect(await notJson.json()).toEqual({
			error: 'the body must be JSON: {"magnet": "magnet:?…", "client": "label"}'
		});
		const noMagnet = await send({ client: 'home' });
		expect(await noMagnet.json()).toEqual({ error: 'magnet is required: a magnet link' });
		for (const body of [
			[],
			'magnet:?',
			{ magnet: 42 },
			{ magnet: testMagnet('x').magnet, client: ['home'] }
		]) {
			const response = await send(body);
			expect(response.status).toBe(400);
			expect((await response.json()).error).toMatch(
				/^(the body must be a JSON object|magnet is required|client must be)/
			);
		}
		const long = await send({ magnet: `${testMagnet('x').magnet}&tr=${'a'.repeat(70_000)}`, client: 'home' });
		expect(await long.json()).toEqual({ error: 'magnet must be at most 65536 characters' });
	});

	it('refuses a request from another site (403) and sends nothing', async () => {
		const before = (await qbt.torrents()).length;
		const response = await send(
			{ magnet: testMagnet('forged').magnet, client: 'home' },
			'http://evil.example'
		);
		expect(response.status).toBe(403);
		expect((await response.json()).error).toMatch(/evil\.example are refused/);
		const form = await fetch(`${app.url}/search/send`, {
			method: 'POST',
			headers: { origin: 'http://evil.example' },
			body: new URLSearchParams({ magnet: testMagnet('forged form').magnet, client: 'home' })
		});
		expect(form.status).toBe(403);
		expect((await qbt.torrents()).length).toBe(before);
	});

	it('says which client refused the login (502)', async () => {
		const magnet = testMagnet('wrong password').magnet;
		const qbtRefused = await send({ magnet, client: 'wrong' });
		expect(qbtRefused.status).toBe(502);
		expect(await qbtRefused.json()).toEqual({
			error: 'wrong (qBittorrent) refused the user name or password'
		});
		const rpcRefused = await send({ magnet, client: 'wrong-rpc' });
		expect(rpcRefused.status).toBe(502);
		expect(await rpcRefused.json()).toEqual({
			error: 'wrong-rpc (Transmission) refused the user name or password'
		});
	});

	it('answers the page without JavaScript with a page that says how the send went', async () => {
		const { magnet, infohash } = testMagnet('cf-torrent no-javascript form');
		const response = await fetch(`${app.url}/search/send`, {
			method: 'POST',
			headers: { origin: app.url },
			body: new URLSearchParams({ magnet, client: 'nas', back: '/search/basic?q=ubuntu' })
		});
		const page = await response.text();
		expect(response.status).toBe(200);
		expect(page).toContain('Sent to nas');
		expect(page).toContain('href="/search/basic?q=ubuntu"');
		expect((await tr.torrents()).map((torrent) => torrent.infohash)).toContain(infohash);

		const offsite = await fetch(`${app.url}/search/send`, {
			method: 'POST',
			headers: { origin: app.url },
			body: new URLSearchParams({ magnet, client: 'nas', back: '//evil.example/' })
		});
		const offsitePage = await offsite.text();
		expect(offsitePage).toContain('Already in nas');
		expect(offsitePage).not.toContain('evil.example');
	});

	// Last: it stops Transmission for good.
	it('answers 502 naming a stopped client, and the app and the other clients carry on', async () => {
		await tr.stop();
		const response = await send({ magnet: testMagnet('nobody home').magnet, client: 'nas' });
		expect(response.status).toBe(502);
		expect(await response.json()).toEqual({
			error: 'nas (Transmission) could not be reached (connection refused)'
		});
		expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
		const { magnet, infohash } = testMagnet('still sending');
		expect(await (await send({ magnet, client: 'home' })).json()).toEqual({
			client: 'home',
			infohash,
			added: true
		});
		expect(app.process.exitCode).toBeNull();
	});

	it('leaves nothing behind that keeps the process alive after sends', async () => {
		// lifecycle.ts names what still holds the loop if the process does not exit by itself.
		expect(await app.stop()).toBe(0);
		expect(app.output()).not.toContain('Still running');
	});
});

describe.skipIf(!haveClients)('socket-activated, after a send', { timeout: 60_000 }, () => {
	it('exits 0 by itself after IDLE_TIMEOUT: the client connection holds nothing', async () => {
		const qbt = await startQbittorrent();
		const supervisor = await startSupervisor({
			command: [process.execPath, 'build'],
			env: appEnv({ IDLE_TIMEOUT: '1', TORRENT_CLIENTS: `home=qbittorrent+${qbt.url}` }),
			cwd: ROOT
		});
		try {
			const { magnet, infohash } = testMagnet('idle after sending');
			const response = await fetch(`${supervisor.url}/api/send`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ magnet })
			});
			expect(await response.json()).toEqual({ client: 'home', infohash, added: true });
			const start = await supervisor.next('start');
			const exit = await supervisor.next('exit', start.at, 20_000);
			expect(exit, supervisor.output()).toMatchObject({ pid: start.pid, code: 0, signal: null });
			// lifecycle.ts would name a socket or timer that had held the loop past the shutdown.
			expect(supervisor.output()).not.toContain('Still running');
		} finally {
			await supervisor.close();
			await qbt.stop();
		}
	});
});

describe('without TORRENT_CLIENTS', () => {
	it('lists no client and answers a send with 404', async () => {
		const app = await startApp({ ENGINES: 'apibay', APIBAY_URL: 'http://127.0.0.1:9' });
		try {
			expect(await (await fetch(`${app.url}/api/clients`)).json()).toEqual([]);
			const response = await fetch(`${app.url}/api/send`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: app.url },
				body: JSON.stringify({ magnet: testMagnet('x').magnet })
			});
			expect(response.status).toBe(404);
			expect(await response.json()).toEqual({ error: 'no torrent client is configured' });
		} finally {
			await app.stop();
		}
	});
});

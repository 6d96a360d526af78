// The built server under socket activation: served on fd 3, exits 0 by itself after IDLE_TIMEOUT (also
// after searches that reached a hanging site, asked trackers and peers, and abandoned ones), lets
// in-flight requests finish first,
// and starts again on the next connection. Needs `vite build` first.
import { spawn } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import fixtures from 'webtorrent-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, appEnv, freePort } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { freshGet } from './fresh-get.ts';
import { startSupervisor, type Supervisor } from './supervisor.ts';
import {
	loopbackTorrent,
	startMetadataPeer,
	startTracker,
	type LoopbackTracker,
	type MetadataPeer
} from '../swarm/loopback-swarm.ts';

const IDLE_TIMEOUT = 1;
const INFOHASH = 'c9e15763f722f23e98a29decdfae341b98d53056';
const SOCKET_ACTIVATE = '/usr/bin/systemd-socket-activate';

function apibayRow(name: string) {
	return JSON.stringify([
		{ id: '7', name, info_hash: INFOHASH.toUpperCase(), seeders: '12', leechers: '3', size: '1048576' }
	]);
}

/** A DuckDuckGo HTML answer whose only organic result is `link`. */
function duckduckgoPage(link: string): string {
	return `<html><body><div class="result"><a class="result__a" href="${link}">a page</a></div></body></html>`;
}

let web: FakeWeb;
/** A real tracker and a peer serving metadata, and a UDP tracker that never answers. */
const numbers = loopbackTorrent(fixtures.numbers!.torrent);
let tracker: LoopbackTracker;
let peer: MetadataPeer;
let silentTracker: Socket;

beforeAll(async () => {
	if (!existsSync(`${ROOT}build/index.js`)) throw new Error('build/ is missing: run `vite build` first');
	tracker = await startTracker();
	peer = await startMetadataPeer(numbers.info);
	await tracker.announce(numbers.infohash, { ip: '127.0.0.1', port: peer.port });
	silentTracker = createSocket('udp4').bind(0, '127.0.0.1');
	await once(silentTracker, 'listening');
	const trackers = [tracker.udpUrl, `udp://127.0.0.1:${silentTracker.address().port}`]
		.map((url) => `&amp;tr=${encodeURIComponent(url)}`)
		.join('');
	web = await startFakeWeb({
		'/q.php': { body: apibayRow('cycle test'), headers: { 'content-type': 'application/json' } },
		'/hang': { hang: true, body: '<html><body>never ends' },
		'/swarm': {
			body: `<a href="magnet:?xt=urn:btih:${numbers.infohash}&amp;dn=numbers${trackers}">numbers</a>`
		}
	});
	web.route('/html/', { body: duckduckgoPage(`${web.url}/hang`) });
});

afterAll(async () => {
	await web?.close();
	silentTracker?.close();
	await Promise.all([tracker?.close(), peer?.close()]);
});

/**
 * Makes the index's answer wait until the test lets it go. `arrived` resolves once the server has asked
 * (so its request is in flight, handlers installed); `release` lets the answer out.
 */
function holdIndexAnswer(name: string) {
	let arrive = () => {};
	let release = () => {};
	const arrived = new Promise<void>((resolve) => (arrive = resolve));
	const released = new Promise<void>((resolve) => (release = resolve));
	web.route('/q.php', {
		hold: () => {
			arrive();
			return released;
		},
		body: apibayRow(name),
		headers: { 'content-type': 'application/json' }
	});
	return { arrived, release };
}

function serverEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return appEnv({
		IDLE_TIMEOUT: String(IDLE_TIMEOUT),
		ENGINES: 'apibay,duckduckgo',
		APIBAY_URL: web.url,
		DUCKDUCKGO_URL: web.url,
		EGRESS_ALLOWLIST: '127.0.0.1',
		SWARM_HEALTH: 'on',
		SITE_TIMEOUT_MS: '500',
		CACHE_TTL_SECONDS: '0',
		...extra
	});
}

describe.skipIf(!existsSync(SOCKET_ACTIVATE))('under systemd-socket-activate', () => {
	it('serves the first request on fd 3 and exits 0 after IDLE_TIMEOUT', async () => {
		const port = await freePort();
		const env = serverEnv();
		const child = spawn(
			SOCKET_ACTIVATE,
			[
				'-l',
				`127.0.0.1:${port}`,
				...Object.keys(env).flatMap((name) => ['-E', name]),
				process.execPath,
				'build'
			],
			{ cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		await expect.poll(() => output, { timeout: 5000 }).toContain(`Listening on 127.0.0.1:${port}`);

		const answer = await freshGet(`http://127.0.0.1:${port}/healthz`);
		expect(answer.status).toBe(200);
		expect(JSON.parse(answer.body)).toMatchObject({ status: 'ok' });
		expect(output).toContain('Listening on file descriptor 3');

		// By itself: nothing else asks it to stop.
		expect(await exited).toBe(0);
	});
});

describe('under a socket-holding supervisor', () => {
	let supervisor: Supervisor;

	beforeAll(async () => {
		supervisor = await startSupervisor({ command: [process.execPath, 'build'], env: serverEnv(), cwd: ROOT });
	});
	afterAll(() => supervisor?.close());

	/**
	 * Waits for the service started after `since` to exit by itself, 0 and unsignalled, no sooner than
	 * IDLE_TIMEOUT after its last activity (how soon after is measured by `npm run bench:cold-start`).
	 */
	async function expectIdleExit(since: number, lastActivity: number, what = '') {
		const start = await supervisor.next('start', since);
		const exit = await supervisor.next('exit', start.at);
		expect(exit, `${what}\n${supervisor.output().slice(-600)}`).toMatchObject({
			pid: start.pid,
			code: 0,
			signal: null
		});
		expect(exit.at - lastActivity).toBeGreaterThanOrEqual(IDLE_TIMEOUT * 1000 - 50);
	}

	it('starts on each request and exits 0 after IDLE_TIMEOUT, five times over', async () => {
		const cycles: { name: string; run: () => Promise<number> }[] = [
			{
				name: 'health',
				run: async () => {
					const answer = await freshGet(`${supervisor.url}/healthz`);
					expect(answer.status).toBe(200);
					return answer.endedAt;
				}
			},
			{
				name: 'search whose result page hangs',
				run: async () => {
					const answer = await freshGet(`${supervisor.url}/api/search?q=cycle&engines=apibay,duckduckgo`);
					expect(answer.status, answer.body).toBe(200);
					expect(JSON.parse(answer.body).results.map((r: { infohash: string }) => r.infohash)).toContain(
						INFOHASH
					);
					expect(web.requests).toContain('/hang');
					return answer.endedAt;
				}
			},
			{
				name: 'search that asked trackers (one silent) and a peer',
				run: async () => {
					web.route('/html/', { body: duckduckgoPage(`${web.url}/swarm`) });
					const answer = await freshGet(`${supervisor.url}/api/search?q=swarm&engines=duckduckgo`);
					web.route('/html/', { body: duckduckgoPage(`${web.url}/hang`) });
					expect(answer.status, answer.body).toBe(200);
					const [result] = JSON.parse(answer.body).results;
					expect(result).toMatchObject({ infohash: numbers.infohash, seeders: 1, files: numbers.files });
					return answer.endedAt;
				}
			},
			{
				name: 'search abandoned by its client',
				run: async () => {
					web.route('/html/', { delayMs: 5000, body: duckduckgoPage(`${web.url}/hang`) });
					const abandoned = freshGet(`${supervisor.url}/api/search?q=abandoned&engines=duckduckgo`, 400);
					await expect(abandoned).rejects.toThrow(/no answer/);
					web.route('/html/', { body: duckduckgoPage(`${web.url}/hang`) });
					return Date.now();
				}
			},
			{
				name: 'the search page',
				run: async () => {
					const answer = await freshGet(`${supervisor.url}/`);
					expect(answer.status).toBe(200);
					return answer.endedAt;
				}
			},
			{
				name: 'health again',
				run: async () => {
					const answer = await freshGet(`${supervisor.url}/healthz`);
					expect(answer.status).toBe(200);
					return answer.endedAt;
				}
			}
		];
		for (const cycle of cycles) {
			const since = Date.now();
			const lastActivity = await cycle.run();
			await expectIdleExit(since, lastActivity, cycle.name);
		}
		const starts = supervisor.events.filter((event) => event.type === 'start');
		expect(starts).toHaveLength(cycles.length);
		expect(new Set(starts.map((start) => start.pid)).size).toBe(cycles.length);
	}, 75_000);

	it('finishes a request in flight when the idle timer would have fired', async () => {
		const index = holdIndexAnswer('slow');
		try {
			const since = Date.now();
			const slow = freshGet(`${supervisor.url}/api/search?q=slow&engines=apibay`);
			const start = await supervisor.next('start', since);
			await index.arrived;
			// The answer is held past the moment an idle server would have gone (the timer is armed only
			// when no request is open), then let out.
			await new Promise((resolve) => setTimeout(resolve, IDLE_TIMEOUT * 1000 + 500));
			index.release();
			const answer = await slow;
			expect(answer.status, answer.body).toBe(200);
			expect(JSON.parse(answer.body).results[0]).toMatchObject({ infohash: INFOHASH, name: 'slow' });
			// The server that took the request answered it: it did not exit and restart meanwhile.
			expect(supervisor.events.filter((event) => event.at >= since && event.type === 'start')).toEqual([
				start
			]);
			await expectIdleExit(since, answer.endedAt);
		} finally {
			web.route('/q.php', { body: apibayRow('cycle test'), headers: { 'content-type': 'application/json' } });
		}
	});

	it('finishes a request in flight on SIGTERM, then the next connection starts a new server', async () => {
		const index = holdIndexAnswer('slow');
		try {
			const since = Date.now();
			const slow = freshGet(`${supervisor.url}/api/search?q=sigterm&engines=apibay`);
			const start = await supervisor.next('start', since);
			// Signalled only once the request is in flight inside the server (it has asked the index), so
			// its handlers are installed: a SIGTERM during start-up would kill node by default instead.
			await index.arrived;
			process.kill(start.pid, 'SIGTERM');
			index.release();
			const answer = await slow;
			expect(answer.status, answer.body).toBe(200);
			expect(JSON.parse(answer.body).results[0]).toMatchObject({ infohash: INFOHASH });
			// Exited by itself, 0, once the answer was out: not killed, and not after SHUTDOWN_TIMEOUT (30 s).
			const exit = await supervisor.next('exit', start.at);
			expect(exit).toMatchObject({ pid: start.pid, code: 0, signal: null });

			const after = await freshGet(`${supervisor.url}/healthz`);
			expect(after.status).toBe(200);
			const restart = await supervisor.next('start', exit.at);
			expect(restart.pid).not.toBe(start.pid);
			await supervisor.next('exit', restart.at);
		} finally {
			web.route('/q.php', { body: apibayRow('cycle test'), headers: { 'content-type': 'application/json' } });
		}
	});
});

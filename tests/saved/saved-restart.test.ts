// A saved search and its feed outlive the process: after a restart on the same STATE_DIR, after an idle
// exit under socket activation (the next poll wakes the server), and in Redis for another replica. The
// feed's pubDates are first sightings, so they too must come back unchanged. Needs `vite build` first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appEnv, ROOT, startApp, type App } from '../app-server.ts';
import { hasRedis, startRedis, type RedisServer } from '../redis-server.ts';
import { freshGet } from '../socket-activation/fresh-get.ts';
import { startSupervisor, type Supervisor } from '../socket-activation/supervisor.ts';
import { startWatchedWeb, watchEnv, type WatchedWeb } from './scenario.ts';

let web: WatchedWeb;
const dirs: string[] = [];
const running = new Set<App>();

function stateDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'cf-torrent-saved-restart-'));
	dirs.push(dir);
	return dir;
}

async function start(extra: Record<string, string>): Promise<App> {
	const app = await startApp(watchEnv(web, extra));
	running.add(app);
	return app;
}

async function stop(app: App): Promise<void> {
	expect(await app.stop()).toBe(0);
	running.delete(app);
}

/** The feed's items as guid → pubDate. */
function items(xml: string): Record<string, string> {
	const found: Record<string, string> = {};
	for (const item of xml.match(/<item>[\s\S]*?<\/item>/g) ?? []) {
		const guid = /<guid[^>]*>([0-9a-f]{40})<\/guid>/.exec(item)?.[1];
		const date = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1];
		if (guid && date) found[guid] = date;
	}
	return found;
}

async function save(base: string): Promise<{ id: string; feed: string }> {
	const response = await fetch(`${base}/api/saved`, {
		method: 'POST',
		body: JSON.stringify({ q: 'fakenet open show', engines: ['apibay'] })
	});
	expect(response.status).toBe(201);
	return (await response.json()) as { id: string; feed: string };
}

beforeAll(async () => {
	web = await startWatchedWeb();
});

afterAll(async () => {
	for (const app of running) await app.stop();
	await web?.close();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('saved searches across processes', { timeout: 90_000 }, () => {
	it('survive a restart on the same STATE_DIR, with the same feed and first sightings', async () => {
		const dir = stateDir();
		const first = await start({ STATE_DIR: dir });
		const { id, feed } = await save(first.url);
		const before = items(await (await fetch(feed)).text());
		expect(Object.keys(before)).toHaveLength(2);
		await stop(first);

		const second = await start({ STATE_DIR: dir });
		const path = new URL(feed).pathname;
		const after = await fetch(`${second.url}${path}`);
		expect(after.status).toBe(200);
		expect(items(await after.text())).toEqual(before);
		const list = (await (await fetch(`${second.url}/api/saved`)).json()) as { id: string }[];
		expect(list.map((saved) => saved.id)).toEqual([id]);
		await stop(second);
	});

	it.skipIf(!hasRedis)(
		'live in Redis when REDIS_URL is set, for another replica with its own STATE_DIR',
		async () => {
			const redis: RedisServer = await startRedis();
			try {
				const one = await start({ STATE_DIR: stateDir(), REDIS_URL: redis.url });
				const { feed } = await save(one.url);
				const before = items(await (await fetch(feed)).text());
				const two = await start({ STATE_DIR: stateDir(), REDIS_URL: redis.url });
				const answer = await fetch(`${two.url}${new URL(feed).pathname}`);
				expect(answer.status).toBe(200);
				expect(items(await answer.text())).toEqual(before);
				await Promise.all([stop(one), stop(two)]);
			} finally {
				await redis.stop();
			}
		}
	);

	describe('under socket activation', () => {
		let supervisor: Supervisor;
		beforeAll(async () => {
			supervisor = await startSupervisor({
				command: [process.execPath, 'build'],
				env: appEnv({ ...watchEnv(web), IDLE_TIMEOUT: '1', STATE_DIR: stateDir() }),
				cwd: ROOT
			});
		});
		afterAll(() => supervisor?.close());

		it('the next poll after an idle exit wakes the server, and the feed is there', async () => {
			const since = Date.now();
			const saved = await fetch(`${supervisor.url}/api/saved`, {
				method: 'POST',
				headers: { connection: 'close' },
				body: JSON.stringify({ q: 'fakenet open show', engines: ['apibay'] })
			});
			expect(saved.status).toBe(201);
			const { feed } = (await saved.json()) as { feed: string };
			const polled = await freshGet(feed);
			expect(polled.status).toBe(200);
			const before = items(polled.body);
			expect(Object.keys(before)).toHaveLength(2);

			// Idle: the process exits by itself (nothing saved searches hold keeps it alive).
			const started = await supervisor.next('start', since);
			const exit = await supervisor.next('exit', started.at);
			expect(exit).toMatchObject({ pid: started.pid, code: 0, signal: null });

			const woken = await freshGet(feed);
			expect(woken.status).toBe(200);
			expect(items(woken.body)).toEqual(before);
			const restarted = await supervisor.next('start', exit.at);
			expect(restarted.pid).not.toBe(started.pid);
		});
	});
});

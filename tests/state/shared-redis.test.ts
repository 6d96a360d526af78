// Replicas sharing one real redis-server (Debian's, started here on loopback): a search made on one is
// answered by the other from Redis, a suspension seen by one is honoured by the other; an unreachable
// Redis is logged and searches go on; a connected Redis client never keeps an idle server alive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Each test starts the built server more than once: generous on a busy machine, never a measurement. */
const SERVER_TESTS_MS = 60_000;
import type { SearchSummary } from '#lib/search-events.ts';
import { ROOT, appEnv, freePort, startApp, type App } from '../app-server.ts';
import type { FakeWeb } from '../fake-web/fake-web.ts';
import { hasRedis, startRedis, type RedisServer } from '../redis-server.ts';
import { freshGet } from '../socket-activation/fresh-get.ts';
import { startSupervisor } from '../socket-activation/supervisor.ts';
import { askedSince, NAME, startStateWeb, stateEnv } from './scenario.ts';

let web: FakeWeb;
let redis: RedisServer;
const running: App[] = [];

async function start(extra: Record<string, string>): Promise<App> {
	const app = await startApp(stateEnv(web, extra));
	running.push(app);
	return app;
}

async function searchOn(app: App, query: string): Promise<SearchSummary> {
	const response = await fetch(`${app.url}/api/search?q=${encodeURIComponent(query)}`);
	expect(response.status).toBe(200);
	return (await response.json()) as SearchSummary;
}

describe.skipIf(!hasRedis)('two servers sharing one Redis', { timeout: SERVER_TESTS_MS }, () => {
	beforeAll(async () => {
		web = await startStateWeb();
		redis = await startRedis();
	}, SERVER_TESTS_MS);
	afterAll(async () => {
		for (const app of running) await app.stop();
		await redis?.stop();
		await web?.close();
	}, SERVER_TESTS_MS);

	it('answer each other’s searches and honour each other’s suspensions', async () => {
		// Each has a state directory of its own (startApp's): what they share can only come from Redis.
		const [one, two] = await Promise.all([start({ REDIS_URL: redis.url }), start({ REDIS_URL: redis.url })]);
		const searched = await searchOn(one!, 'shared search');
		expect(searched.results.map((result) => result.name)).toEqual([NAME]);
		expect(searched.engines.find((engine) => engine.id === 'duckduckgo')?.status).toBe('blocked');

		const before = web.requests.length;
		const repeated = await searchOn(two!, 'shared search');
		expect(web.requests.slice(before)).toEqual([]);
		expect(repeated.results).toEqual(searched.results);

		const other = await searchOn(two!, 'only on the second');
		expect(other.engines.find((engine) => engine.id === 'duckduckgo')?.error).toMatch(/^suspended until/);
		expect(askedSince(web, before, '/ddg')).toEqual([]);
		expect(askedSince(web, before, '/apibay')).toHaveLength(1);
		for (const app of [one!, two!]) expect(app.output()).not.toMatch(/unreachable/);
	});

	it('searches on without shared state when Redis cannot be reached, and says so once', async () => {
		const away = await start({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
		const before = web.requests.length;
		const first = await searchOn(away, 'redis is away');
		expect(first.results.map((result) => result.name)).toEqual([NAME]);
		expect(askedSince(web, before, '/apibay')).toHaveLength(1);
		await searchOn(away, 'still away');
		expect(away.output().match(/Redis at redis:\/\/127\.0\.0\.1:\d+ unreachable/g)).toHaveLength(1);
	});

	it('lets an idle server exit with its Redis connection open', async () => {
		const supervisor = await startSupervisor({
			command: [process.execPath, 'build'],
			env: appEnv(
				stateEnv(web, { REDIS_URL: redis.url, IDLE_TIMEOUT: '1', STATE_DIR: '/nonexistent/unused' })
			),
			cwd: ROOT
		});
		try {
			const since = Date.now();
			const answer = await freshGet(`${supervisor.url}/api/search?q=idle+with+redis`);
			expect(answer.status, answer.body).toBe(200);
			expect(JSON.parse(answer.body).results).toHaveLength(1);
			const started = await supervisor.next('start', since);
			const exit = await supervisor.next('exit', started.at, 30_000);
			expect(exit, supervisor.output()).toMatchObject({ pid: started.pid, code: 0, signal: null });
			// Exited by itself, not by the lifecycle's guard that names what held it.
			expect(supervisor.output()).not.toMatch(/Still running .* after shutdown/);
			expect(supervisor.output()).not.toMatch(/unreachable|cannot use/);
		} finally {
			await supervisor.close();
		}
	});
});

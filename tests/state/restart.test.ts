// What the built server learns outlives it: restarted on the same STATE_DIR, it still honours an engine's
// suspension without asking the engine, answers a repeated search from the store without asking anyone,
// and a store whose files were overwritten with random bytes is replaced without stopping a search.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Each test starts the built server more than once: generous on a busy machine, never a measurement. */
const SERVER_TESTS_MS = 60_000;
import type { SearchSummary } from '#lib/search-events.ts';
import { startApp, type App } from '../app-server.ts';
import type { FakeWeb } from '../fake-web/fake-web.ts';
import { askedSince, NAME, startStateWeb, stateEnv } from './scenario.ts';

let web: FakeWeb;
let stateDir: string;
const running = new Set<App>();

async function start(extra: Record<string, string> = {}): Promise<App> {
	const app = await startApp(stateEnv(web, { STATE_DIR: stateDir, ...extra }));
	running.add(app);
	return app;
}

async function stop(app: App): Promise<void> {
	expect(await app.stop()).toBe(0);
	running.delete(app);
}

async function searchOn(app: App, query: string): Promise<SearchSummary> {
	const response = await fetch(`${app.url}/api/search?q=${encodeURIComponent(query)}`);
	expect(response.status).toBe(200);
	return (await response.json()) as SearchSummary;
}

beforeAll(async () => {
	web = await startStateWeb();
	stateDir = mkdtempSync(join(tmpdir(), 'cf-torrent-restart-'));
});

afterAll(async () => {
	for (const app of running) await app.stop();
	await web?.close();
	rmSync(stateDir, { recursive: true, force: true });
}, SERVER_TESTS_MS);

describe('state across a restart of the built server', { timeout: SERVER_TESTS_MS }, () => {
	it('honours a suspension and answers a repeated search from the store, asking no engine', async () => {
		const first = await start();
		const searched = await searchOn(first, 'state test');
		expect(searched.engines.find((engine) => engine.id === 'duckduckgo')).toMatchObject({
			status: 'blocked',
			error: expect.stringMatching(/captcha|anomaly|bot/i)
		});
		expect(searched.results.map((result) => result.name)).toEqual([NAME]);
		await stop(first);

		const second = await start();
		const before = web.requests.length;
		const repeated = await searchOn(second, 'State  TEST');
		expect(web.requests.slice(before)).toEqual([]);
		expect(repeated.results).toEqual(searched.results);
		expect(repeated.engines).toEqual(searched.engines);

		const other = await searchOn(second, 'another query');
		expect(other.engines.find((engine) => engine.id === 'duckduckgo')).toMatchObject({
			status: 'blocked',
			error: expect.stringMatching(/^suspended until \d\d:\d\d UTC$/)
		});
		expect(askedSince(web, before, '/ddg')).toEqual([]);
		expect(askedSince(web, before, '/apibay')).toHaveLength(1);
		const engines = (await (await fetch(`${second.url}/api/engines`)).json()) as {
			id: string;
			suspendedUntil: string | null;
		}[];
		expect(Date.parse(engines.find((engine) => engine.id === 'duckduckgo')!.suspendedUntil!)).toBeGreaterThan(
			Date.now()
		);
		await stop(second);
	});

	it('keeps the Torznab recent feed and Stremio titles for the next process', async () => {
		web.route('/cinemeta/meta/movie/tt0111161.json', {
			body: JSON.stringify({ meta: { name: 'The Shawshank Redemption', year: '1994' } }),
			headers: { 'content-type': 'application/json' }
		});
		const titled = { CINEMETA_URL: `${web.url}/cinemeta` };
		const first = await start(titled);
		expect((await fetch(`${first.url}/torznab/api?t=search&q=state+test`)).status).toBe(200);
		expect((await fetch(`${first.url}/api/stremio/stream/movie/tt0111161.json`)).status).toBe(200);
		await stop(first);

		const second = await start(titled);
		const before = web.requests.length;
		const feed = await (await fetch(`${second.url}/torznab/api?t=search`)).text();
		// Only the recent feed knows this release: the indexes' latest listings are empty here.
		expect(feed).toContain(`<title>${NAME}</title>`);
		expect((await fetch(`${second.url}/api/stremio/stream/movie/tt0111161.json`)).status).toBe(200);
		// Named from the store: Cinemeta is not asked again (the film's search is in the store too).
		expect(web.requests.slice(before).filter((path) => path.startsWith('/cinemeta'))).toEqual([]);
		await stop(second);
	});

	it('starts and searches on a store whose files were overwritten with random bytes', async () => {
		const files = readdirSync(stateDir);
		expect(files).toContain('state.sqlite');
		for (const name of files) {
			const path = join(stateDir, name);
			writeFileSync(path, randomBytes(Math.max(statSync(path).size, 4096)));
		}

		const damaged = await start();
		expect((await fetch(`${damaged.url}/healthz`)).status).toBe(200);
		const before = web.requests.length;
		const searched = await searchOn(damaged, 'state test');
		// Nothing was left to remember: both engines are asked again, and the search works.
		expect(askedSince(web, before, '/ddg')).toHaveLength(1);
		expect(askedSince(web, before, '/apibay')).toHaveLength(1);
		expect(searched.results.map((result) => result.name)).toEqual([NAME]);
		expect(damaged.output()).toMatch(/state: .*state\.sqlite is damaged .*moved aside, starting afresh/);
		await stop(damaged);

		// The store that replaced it keeps state as the first did.
		const next = await start();
		const after = web.requests.length;
		expect((await searchOn(next, 'state test')).results.map((result) => result.name)).toEqual([NAME]);
		expect(web.requests.slice(after)).toEqual([]);
		await stop(next);
	});
});

// The operator's view on the built server and the fake web: /metrics read by a Prometheus text-format
// parser after real searches, behind METRICS_TOKEN; /stats showing each engine's window; and two servers
// on one real redis-server, where the second shows the first's windows but counts only its own work.
import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startApp, type App } from './app-server.ts';
import { hasFixtures, startFakeWeb, type FakeWeb } from './fake-web/fake-web.ts';
import { duckduckgoSerp } from './fake-web/serp.ts';
import { hasRedis, startRedis, type RedisServer } from './redis-server.ts';

const TOKEN = 'metrics-token-0123456789abcdef';
let web: FakeWeb;
let app: App;

function env(): Record<string, string> {
	return {
		DUCKDUCKGO_URL: `${web.url}/ddg`,
		APIBAY_URL: `${web.url}/apibay`,
		MOJEEK_URL: `${web.url}/mojeek`,
		ENGINES: 'duckduckgo,apibay,mojeek',
		EGRESS_ALLOWLIST: '127.0.0.1',
		SITE_TIMEOUT_MS: '1500',
		SEARCH_TIMEOUT_MS: '60000',
		CACHE_TTL_SECONDS: '0'
	};
}

async function search(server: App, query: string): Promise<void> {
	const response = await fetch(`${server.url}/api/search?q=${encodeURIComponent(query)}`);
	expect(response.status).toBe(200);
	await response.json();
}

async function metrics(server: App, token = TOKEN): Promise<ParsedFamily[]> {
	const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${token}` } });
	expect(response.status).toBe(200);
	expect(response.headers.get('content-type')).toBe(
		'application/openmetrics-text; version=1.0.0; charset=utf-8'
	);
	const text = await response.text();
	expect(text.endsWith('\n# EOF\n')).toBe(true);
	return parsePrometheusTextFormat(text);
}

function family(families: ParsedFamily[], name: string): ParsedFamily {
	const found = families.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`no family ${name} in ${families.map((each) => each.name).join(', ')}`);
	return found;
}

/**
 * A sample's value. The parser reads the Prometheus 0.0.4 text format, which OpenMetrics extends: it
 * knows a counter family by its TYPE line (`name`) and reads its `name_total` samples as a family of their
 * own, so a counter is looked up under both.
 */
function value(
	families: ParsedFamily[],
	name: string,
	labels: Record<string, string> = {}
): number | undefined {
	const typed = family(families, name);
	const samples = typed.type === 'COUNTER' ? family(families, `${name}_total`).metrics : typed.metrics;
	const sample = samples.find((each) => JSON.stringify(each.labels ?? {}) === JSON.stringify(labels));
	return sample?.value === undefined ? undefined : Number(sample.value);
}

describe('METRICS_TOKEN at start', () => {
	it.each(['short-secret', 'a token with spaces in it'])('refuses %j, never showing it', async (token) => {
		const start = startApp({ METRICS_TOKEN: token });
		await expect(start).rejects.toThrow(
			/exited with 1[\s\S]*METRICS_TOKEN must be 16 to 512 letters, digits/
		);
		await expect(start).rejects.not.toThrow(new RegExp(token));
	});
});

describe.skipIf(!hasFixtures)('the operator view', () => {
	beforeAll(async () => {
		web = await startFakeWeb({
			'/apibay/q.php': { fixture: 'apis/apibay-search.json' },
			// A block: the engine is suspended, and left out of the next search.
			'/mojeek/search': { status: 403, body: 'Forbidden' },
			'/site/x1337': { fixture: 'sites/x1337-detail.html' }
		});
		web.route('/ddg/html', { body: duckduckgoSerp([`${web.url}/site/x1337`]), delayMs: 50 });
		app = await startApp({ ...env(), METRICS_TOKEN: TOKEN });
	});
	afterAll(async () => {
		await app?.stop();
		await web?.close();
	});

	it('refuses /metrics without the token, saying how to ask', async () => {
		const refused: Record<string, string>[] = [
			{},
			{ authorization: 'Bearer wrong-token-0123456789abcdef' },
			{ authorization: TOKEN }
		];
		for (const headers of refused) {
			const response = await fetch(`${app.url}/metrics`, { headers });
			expect(response.status).toBe(401);
			expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
			expect(await response.text()).not.toContain('cftorrent_');
		}
	});

	it('counts searches, engine outcomes, times, suspensions and pages, and shows each engine window', async () => {
		const before = await metrics(app);
		expect(value(before, 'cftorrent_searches')).toBe(0);
		expect(family(before, 'cftorrent_engine_duration_seconds').type).toBe('HISTOGRAM');

		await search(app, 'silo');
		await search(app, 'silo s03');
		const after = await metrics(app);
		expect(value(after, 'cftorrent_searches')).toBe(2);
		expect(value(after, 'cftorrent_engine_searches', { engine: 'apibay', outcome: 'ok' })).toBe(2);
		expect(value(after, 'cftorrent_engine_searches', { engine: 'duckduckgo', outcome: 'ok' })).toBe(2);
		// Blocked when asked, then left out while suspended: one suspension, two blocked searches.
		expect(value(after, 'cftorrent_engine_searches', { engine: 'mojeek', outcome: 'blocked' })).toBe(2);
		expect(value(after, 'cftorrent_engine_suspensions', { engine: 'mojeek' })).toBe(1);
		expect(value(after, 'cftorrent_pages_fetched', { outcome: 'magnets' })).toBe(2);
		expect(value(after, 'cftorrent_state_store_errors')).toBe(0);
		// The store's windows, as gauges.
		expect(value(after, 'cftorrent_engine_recent_searches', { engine: 'apibay', outcome: 'ok' })).toBe(2);
		expect(value(after, 'cftorrent_engine_recent_searches', { engine: 'mojeek', outcome: 'blocked' })).toBe(
			2
		);
		expect(value(after, 'cftorrent_engine_recent_suspensions', { engine: 'mojeek' })).toBe(1);
		const median = value(after, 'cftorrent_engine_recent_duration_seconds', {
			engine: 'duckduckgo',
			percentile: '50'
		});
		expect(median).toBeGreaterThan(0);
		// The histogram ends with +Inf, as every Prometheus histogram must (this parser merges its labelled
		// series into one, so only the shape is read here; the writer's own test reads each line).
		expect(
			Object.keys(family(after, 'cftorrent_engine_duration_seconds').metrics[0]?.buckets ?? {})
		).toContain('+Inf');

		const page = await fetch(`${app.url}/stats`);
		expect(page.status).toBe(200);
		const html = await page.text();
		const card = (id: string) =>
			html.slice(
				html.indexOf(`data-engine="${id}"`),
				html.indexOf('</section>', html.indexOf(`data-engine="${id}"`))
			);
		expect(card('apibay')).toContain('Searches recorded: 2');
		expect(card('apibay')).toMatch(/role="img" aria-label="Outcomes of the last 2 searches: ok 2\."/);
		expect(card('mojeek')).toMatch(/aria-label="Outcomes of the last 2 searches: blocked 2\."/);
		expect(card('mojeek')).toMatch(/<dt>Suspensions<\/dt>\s*<dd>1<\/dd>/);
		expect(card('mojeek')).toMatch(/<dt>Left out while suspended<\/dt>\s*<dd>1<\/dd>/);
		// Engines without a search are named in one line, not given an empty card.
		expect(html).toMatch(/No search recorded yet: [^<]*Bing/);
		expect(html).not.toContain('data-engine="bing"');
		// A page with no script: the charts are written by the server.
		expect(html).not.toMatch(/<script/);
	});

	it('counts state store failures: a Redis nobody listens on', async () => {
		const before = await metrics(app);
		expect(value(before, 'cftorrent_state_store_errors')).toBe(0);
		const lonely = await startApp({ ...env(), REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
		try {
			// Reading the windows for /metrics is the first use of the store: it fails, and the local store
			// answers instead.
			// At least one: the Redis store reports a failed connection, and may report its end as well.
			expect(value(await metrics(lonely), 'cftorrent_state_store_errors')).toBeGreaterThan(0);
			expect(lonely.output()).toMatch(/state: Redis at redis:\/\/127\.0\.0\.1:\d+ unreachable/);
		} finally {
			await lonely.stop();
		}
	});

	describe.skipIf(!hasRedis)('on a shared redis-server', () => {
		let redis: RedisServer;
		let first: App;
		let second: App;
		beforeAll(async () => {
			redis = await startRedis();
			first = await startApp({ ...env(), REDIS_URL: redis.url });
			second = await startApp({ ...env(), REDIS_URL: redis.url });
		});
		afterAll(async () => {
			await Promise.all([first?.stop(), second?.stop()]);
			await redis?.stop();
		});

		it('shows one server the windows the other wrote, while counters stay per process', async () => {
			await search(first, 'silo redis');
			const seen = await metrics(second);
			expect(value(seen, 'cftorrent_engine_recent_searches', { engine: 'apibay', outcome: 'ok' })).toBe(1);
			expect(value(seen, 'cftorrent_searches')).toBe(0);
			expect(value(await metrics(first), 'cftorrent_searches')).toBe(1);
			expect(await (await fetch(`${second.url}/stats`)).text()).toContain('Searches recorded: 1');
		});
	});
});

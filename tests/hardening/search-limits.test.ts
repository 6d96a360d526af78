// Abuse limits on the built server: a per-client search rate limit (client address through adapter-node's
// ADDRESS_HEADER/XFF_DEPTH) and a cap on concurrent searches, each face refusing in its own format with
// 429 and Retry-After, slots coming back when a search ends or its client leaves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../app-server.ts';
import { startFakeWeb, type FakeWeb } from '../fake-web/fake-web.ts';
import { duckduckgoSerp } from '../fake-web/serp.ts';

let web: FakeWeb;
let limited: App;
let busy: App;
let stremioBusy: App;
let answerHeld!: () => void;
const heldAnswer = new Promise<void>((resolve) => (answerHeld = resolve));

const from = (client: string) => ({
	headers: { 'x-forwarded-for': `203.0.113.9, ${client}`, accept: 'text/html' }
});

describe('search limits', () => {
	beforeAll(async () => {
		web = await startFakeWeb();
		web.route('/ddg/html', { body: duckduckgoSerp([]) });
		web.route('/slow/html', { body: duckduckgoSerp([]), delayMs: 1500 });
		web.route('/held/html', { body: duckduckgoSerp([]), hold: () => heldAnswer });
		web.route('/cinemeta/meta/movie/tt0111161.json', {
			body: JSON.stringify({ meta: { id: 'tt0111161', name: 'The Shawshank Redemption', year: '1994' } })
		});
		const common = {
			ENGINES: 'duckduckgo',
			CACHE_TTL_SECONDS: '0',
			CINEMETA_URL: `${web.url}/cinemeta`,
			IMDB_URL: `${web.url}/imdb`
		};
		[limited, busy, stremioBusy] = await Promise.all([
			startApp({
				...common,
				DUCKDUCKGO_URL: `${web.url}/ddg`,
				SEARCH_RATE_LIMIT: '3',
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1'
			}),
			startApp({ ...common, DUCKDUCKGO_URL: `${web.url}/slow`, MAX_CONCURRENT_SEARCHES: '2' }),
			startApp({
				...common,
				DUCKDUCKGO_URL: `${web.url}/held`,
				MAX_CONCURRENT_SEARCHES: '1',
				STREMIO_BUDGET_MS: '100'
			})
		]);
	});
	afterAll(async () => {
		answerHeld();
		await Promise.all([limited?.stop(), busy?.stop(), stremioBusy?.stop()]);
		await web?.close();
	});

	it('lets a client search its allowance, then refuses each face in its own words', async () => {
		for (let i = 0; i < 3; i++) {
			const response = await fetch(`${limited.url}/api/search?q=first+${i}`, from('198.51.100.1'));
			expect(response.status).toBe(200);
			await response.arrayBuffer();
		}
		// HEAD runs the search as GET does, so it is counted and refused as GET is.
		const head = await fetch(`${limited.url}/api/search?q=head`, { ...from('198.51.100.1'), method: 'HEAD' });
		expect(head.status).toBe(429);
		// Capabilities search nothing: never counted, never refused.
		expect((await fetch(`${limited.url}/torznab/api?t=caps`, from('198.51.100.1'))).status).toBe(200);

		const json = await fetch(`${limited.url}/api/search/stream?q=more`, from('198.51.100.1'));
		expect(json.status).toBe(429);
		expect(Number(json.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		expect(((await json.json()) as { error: string }).error).toMatch(/at most 3 a minute/);

		const page = await fetch(`${limited.url}/search?q=more`, from('198.51.100.1'));
		expect(page.status).toBe(429);
		expect(page.headers.get('content-type')).toMatch(/text\/html/);
		expect(page.headers.get('retry-after')).not.toBeNull();
		expect(await page.text()).toMatch(/at most 3 a minute[\s\S]*href="\/"/);

		// The refusal page speaks the reader's language, as every page does.
		const basic = await fetch(`${limited.url}/search/basic?q=more`, {
			headers: { ...from('198.51.100.1').headers, 'accept-language': 'pt-BR,pt;q=0.9' }
		});
		expect(basic.status).toBe(429);
		expect(basic.headers.get('content-type')).toMatch(/text\/html/);
		const basicPage = await basic.text();
		expect(basicPage).toContain('<html lang="pt-BR"');
		expect(basicPage).toMatch(/Agora não[\s\S]*no máximo 3 por minuto/);

		const torznab = await fetch(`${limited.url}/torznab/api?t=search&q=more`, from('198.51.100.1'));
		expect(torznab.status).toBe(429);
		expect(await torznab.text()).toMatch(/<error code="500" description="Request limit reached/);

		const stremio = await fetch(
			`${limited.url}/api/stremio/stream/movie/tt0111161.json`,
			from('198.51.100.1')
		);
		expect(stremio.status).toBe(429);
		expect(stremio.headers.get('access-control-allow-origin')).toBe('*');
		await stremio.arrayBuffer();

		// Another client, told apart by the proxy's X-Forwarded-For, still has its own allowance.
		expect((await fetch(`${limited.url}/api/search?q=other`, from('198.51.100.2'))).status).toBe(200);
		// An IPv6 client is counted by its /64: a fresh address in the same /64 gains nothing.
		for (let i = 0; i < 3; i++)
			await (
				await fetch(`${limited.url}/api/search?q=v6+${i}`, from(`2001:db8:1:2::${i + 1}`))
			).arrayBuffer();
		expect((await fetch(`${limited.url}/api/search?q=v6`, from('2001:db8:1:2::ffff'))).status).toBe(429);
	});

	it('refuses to start on a limit that is not a whole number, naming it', async () => {
		await expect(startApp({ SEARCH_RATE_LIMIT: '-1' })).rejects.toThrow(
			/SEARCH_RATE_LIMIT must be a whole number/
		);
		await expect(startApp({ MAX_CONCURRENT_SEARCHES: 'many' })).rejects.toThrow(
			/MAX_CONCURRENT_SEARCHES must be/
		);
	});

	it('refuses a search beyond the concurrent cap, and takes one again when a slot frees', async () => {
		const abandon = new AbortController();
		const first = fetch(`${busy.url}/api/search?q=one`);
		// Node sends a stream's headers with its first event, after the engine answers: do not wait for them.
		const second = fetch(`${busy.url}/api/search/stream?q=two`, { signal: abandon.signal }).catch(() => null);
		while (web.requests.filter((path) => /q=(one|two)$/.test(path)).length < 2)
			await new Promise((resolve) => setTimeout(resolve, 20));

		const refused = await fetch(`${busy.url}/api/search?q=three`);
		expect(refused.status).toBe(429);
		expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
		expect(((await refused.json()) as { error: string }).error).toMatch(/busy with 2 searches/);
		const refusedPage = await fetch(`${busy.url}/search/basic?q=three`);
		expect(refusedPage.status).toBe(429);
		await refusedPage.arrayBuffer();

		// The stream's client leaves: its slot comes back while the other search still runs.
		abandon.abort();
		await second;
		// The slot comes back once the server has seen the socket close: ask until it takes the search. A
		// refusal is answered at once; a search it takes reaches the engine and answers when that has.
		const engineAsked = async () => {
			while (!web.requests.some((path) => path.endsWith('q=three')))
				await new Promise((resolve) => setTimeout(resolve, 20));
			return true;
		};
		let third: Promise<Response>;
		for (;;) {
			third = fetch(`${busy.url}/api/search?q=three`);
			const refusal = third.then(async (answer) => {
				if (answer.status !== 429) return false;
				await answer.arrayBuffer();
				return true;
			});
			if (!(await Promise.race([refusal, engineAsked().then(() => false)]))) break;
		}
		const stillRefused = await fetch(`${busy.url}/api/search?q=again`);
		expect(stillRefused.status).toBe(429);
		expect((await third).status).toBe(200);
		expect((await first).status).toBe(200);
		await (await third).arrayBuffer();
		// Both finished: the cap is whole again.
		const both = await Promise.all([
			fetch(`${busy.url}/api/search?q=four`),
			fetch(`${busy.url}/api/search?q=five`)
		]);
		expect(both.map((response) => response.status)).toEqual([200, 200]);
	});

	it('counts a search that goes on behind a Stremio answer until it ends', async () => {
		const answer = await fetch(`${stremioBusy.url}/api/stremio/stream/movie/tt0111161.json`);
		expect(answer.status).toBe(200);
		expect(((await answer.json()) as { streams: unknown[] }).streams).toEqual([]);
		// Its search still waits for the engine: it holds the one slot.
		const refused = await fetch(`${stremioBusy.url}/api/search?q=meanwhile`);
		expect(refused.status).toBe(429);
		expect(((await refused.json()) as { error: string }).error).toMatch(/busy with 1 searches/);

		answerHeld();
		// Once the search behind the answer has ended, the slot is free again.
		let next: Response;
		while ((next = await fetch(`${stremioBusy.url}/api/search?q=afterwards`)).status === 429) {
			await next.arrayBuffer();
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect(next.status).toBe(200);
		await next.arrayBuffer();
	});
});

// The FlareSolverr client against the loopback stand-in of its API: a link from remote content is judged
// before the solver sees it, a search's calls are bounded, and the solver's errors and a solution still
// challenged come back as reasons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	startChallengedSite,
	startFlareSolverr,
	type ChallengedSite,
	type FlareSolverr
} from '#tests/flaresolverr/stand-ins.ts';
import { MemoryStore } from '#lib/server/state/memory-store.ts';
import { useStateStore } from '#lib/server/state/state.ts';
import { ChallengeSolver, jsonShownByBrowser, SOLVES_PER_SEARCH } from './flaresolverr.ts';

let solver: FlareSolverr;
let site: ChallengedSite;
const options = (ms = 5_000) => ({ signal: new AbortController().signal, deadline: performance.now() + ms });

beforeAll(async () => {
	await useStateStore(new MemoryStore());
	[solver, site] = await Promise.all([startFlareSolverr(), startChallengedSite()]);
	site.pages.set('/page', { type: 'text/html', body: '<p>behind</p>' });
});
afterAll(async () => {
	await Promise.all([solver.close(), site.close()]);
});

describe('ChallengeSolver', () => {
	it('never hands the solver a link to a private address (no EGRESS_ALLOWLIST here)', async () => {
		const result = await new ChallengeSolver(solver.url).solve(`${site.url}/page`, options());
		expect(result).toEqual({ ok: false, error: 'not handed to the solver: private or reserved address' });
		expect(solver.calls).toEqual([]);
	});

	it('solves, then refuses once the search has asked enough', async () => {
		const search = new ChallengeSolver(solver.url);
		for (let call = 0; call < SOLVES_PER_SEARCH; call++) {
			const solved = await search.solve(`${site.url}/page`, { ...options(), configured: true });
			expect(solved).toMatchObject({ ok: true, value: { status: 200, body: '<p>behind</p>' } });
		}
		expect(await search.solve(`${site.url}/page`, { ...options(), configured: true })).toEqual({
			ok: false,
			error: 'not solved: this search asked the solver enough'
		});
		expect(solver.calls).toHaveLength(SOLVES_PER_SEARCH);
	});

	it("reports the solver's error (HTTP 500) and refuses to start without time left", async () => {
		site.unsolvable = true;
		try {
			const failed = await new ChallengeSolver(solver.url).solve(`${site.url}/page`, {
				...options(1_500),
				configured: true
			});
			expect(failed).toMatchObject({ ok: false });
			expect(!failed.ok && failed.error).toMatch(
				/^not solved: Error: Error solving the challenge\. Timeout after/
			);
		} finally {
			site.unsolvable = false;
		}
		const calls = solver.calls.length;
		expect(
			await new ChallengeSolver(solver.url).solve(`${site.url}/page`, { ...options(500), configured: true })
		).toEqual({
			ok: false,
			error: 'not solved: no time left before the search ends'
		});
		expect(solver.calls).toHaveLength(calls);
	});
});

describe('jsonShownByBrowser', () => {
	const head = '<html><head><meta name="color-scheme" content="light dark"><meta charset="utf-8"></head>';
	it('takes the JSON out of the page Chrome shows for it, before and since its formatter', () => {
		const json = '[{"name":"A &lt;B&gt; &amp; C"}]';
		expect(
			jsonShownByBrowser(
				`${head}<body><pre>${json}</pre><div class="json-formatter-container"></div></body></html>`
			)
		).toBe('[{"name":"A <B> & C"}]');
		expect(
			jsonShownByBrowser(
				`<html><head></head><body><pre style="word-wrap: break-word; white-space: pre-wrap;">{"ok":true}</pre></body></html>`
			)
		).toBe('{"ok":true}');
	});

	it('leaves any other page alone: a page with more than a <pre>, or a <pre> that is not JSON', () => {
		expect(jsonShownByBrowser(`${head}<body><h1>Log</h1><pre>{"ok":true}</pre></body></html>`)).toBeNull();
		expect(jsonShownByBrowser(`${head}<body><pre>magnet:?xt=urn:btih:abc</pre></body></html>`)).toBeNull();
		expect(jsonShownByBrowser('<html><body><p>behind</p></body></html>')).toBeNull();
	});
});

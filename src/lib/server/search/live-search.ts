// The live search: asks engines in parallel, fetches each result link the moment its engine answers
// (likely torrent pages first, each page once), merges magnets by infohash and yields events as they
// happen. It ends one site budget after the last engine answered at the latest (pages are only started
// while they can still finish by then), and by the search deadline whatever the web does. A bug in one
// engine or page (a parser that throws) becomes that engine's or page's error: it never stalls the search.
import type { EngineId } from '#lib/engine-ids.ts';
import type { EngineEvent, PageEvent, SearchEvent } from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import {
	MIN_FETCH_MS,
	afterRequestsWritten,
	answerChallenge,
	challengeReason
} from '#lib/server/egress/index.ts';
import { engineUrl } from '#lib/server/engines/endpoint.ts';
import { getEngine } from '#lib/server/engines/index.ts';
import type { ChallengeSolver } from '#lib/server/harvest/flaresolverr.ts';
import type { PageBudget, PageOutcome } from '#lib/server/harvest/harvest-page.ts';
import type { SwarmWatch } from '#lib/server/swarm/swarm-watch.ts';
import { askEngine } from './ask-engine.ts';
import { readersAreWarm, warmUpReaders } from './readers.ts';
import type { FinishedSearch } from './cache.ts';
import { EventChannel } from './event-channel.ts';
import { ResultSet, type SwarmNews } from './merge.ts';
import { rankResults } from '#lib/ranking.ts';
import type { EngineAnswer, EngineRequest, TorrentFileLink } from '#lib/server/engines/types.ts';
import { wellFormedSighting, type Sighting } from '#lib/server/sighting.ts';

interface QueuedPage {
	url: string;
	host: string;
	engine: string;
	priority: number;
	order: number;
}

/** The longest a burst of merging holds the loop before the results it made are sent (#addSightings). */
const SIGHTING_BURST_MS = 5;

type AnswerSide = typeof import('./answer-side.ts');

let answerSide: Promise<AnswerSide> | undefined;

/** Loads what only answers need (answer-side.ts), once per process. */
function loadAnswerSide(): Promise<AnswerSide> {
	return (answerSide ??= import('./answer-side.ts'));
}

class SearchRun {
	readonly channel = new EventChannel<SearchEvent>();
	readonly results = new ResultSet();
	readonly reports = new Map<string, EngineEvent>();
	readonly pages: PageEvent[] = [];
	readonly controller = new AbortController();
	readonly started = performance.now();
	/** Pages waiting for their host: every other page starts at once (egress bounds them overall). */
	#queue: QueuedPage[] = [];
	#seenPages = new Set<string>();
	#activePages = 0;
	/** .torrent files an index named without an infohash, being fetched. */
	#activeFiles = 0;
	/** Answers whose sightings are being merged (#addSightings). */
	#digesting = 0;
	/**
	 * Pages in flight per origin, within the per-host politeness: a page never waits behind a busy host
	 * while another host is free, and a slow page never keeps a fast one from starting.
	 */
	#activeByHost = new Map<string, number>();
	#pendingEngines: Set<string>;
	#lastEngineAt = 0;
	#finished = false;
	#deadline: ReturnType<typeof setTimeout>;
	/** Set once the harvest is over while swarm health is still coming: how long it may still take. */
	#swarmGrace: ReturnType<typeof setTimeout> | null = null;
	/**
	 * What only answers need, with this search's swarm watch and challenge solver: loaded once the engine
	 * requests are on the wire, and awaited before any answer is read (#answered), so every method that
	 * reads an answer finds it here.
	 */
	#side: { code: AnswerSide; swarm: SwarmWatch | null; solver: ChallengeSolver | null } | null = null;
	#sideLoaded: Promise<void> | null = null;
	/**
	 * A process's first search readies its readers, and any search loads the answer side, once its engine
	 * requests are on the wire (readers.ts, answer-side.ts).
	 */
	readonly #cancelAfterWritten = afterRequestsWritten(() => {
		void this.#answered();
		if (!readersAreWarm()) void warmUpReaders();
	});

	constructor(
		readonly query: string,
		readonly engineIds: EngineId[],
		readonly requestId: string,
		signal?: AbortSignal
	) {
		this.#pendingEngines = new Set(engineIds);
		this.#deadline = setTimeout(() => this.finish(true), config.searchTimeoutMs);
		// Removed when the search ends: a kept-alive connection holds its last request, and so its signal,
		// and the listener would hold this whole search (results, and the pages their names were cut from).
		signal?.addEventListener('abort', () => this.finish(true), {
			once: true,
			signal: this.controller.signal
		});
		if (signal?.aborted) this.finish(true);
	}

	/** Loads the answer side for this search (once), making its swarm watch and solver unless it is over. */
	#answered(): Promise<void> {
		this.#sideLoaded ??= loadAnswerSide().then((code) => {
			if (this.#finished) return;
			this.#side = {
				code,
				swarm: code.watchSwarm({
					health: (infohash, counts) => this.#learn(infohash, counts),
					metadata: (infohash, metadata) => this.#learn(infohash, metadata),
					idle: () => this.#checkDone()
				}),
				// FlareSolverr for this search's challenged answers (FLARESOLVERR_URL), within its own bound.
				solver: config.flaresolverrUrl ? new code.ChallengeSolver(config.flaresolverrUrl) : null
			};
		});
		return this.#sideLoaded;
	}

	/** The answer side, which every reader of an answer has awaited (#answered). */
	get #code(): AnswerSide {
		if (!this.#side) throw new Error('an answer was read before the answer side loaded');
		return this.#side.code;
	}

	get swarm(): SwarmWatch | null {
		return this.#side?.swarm ?? null;
	}

	get elapsed(): number {
		return Math.round(performance.now() - this.started);
	}

	start(): void {
		if (this.#finished) return;
		for (const id of this.engineIds) void this.#runEngine(id);
		this.#checkDone();
	}

	#report(id: string, report: Omit<EngineEvent, 'type' | 'id' | 'ms'>): void {
		if (this.#finished) return;
		const event: EngineEvent = { type: 'engine', id, ms: this.elapsed, ...report };
		this.reports.set(id, event);
		this.#pendingEngines.delete(id);
		this.#lastEngineAt = performance.now();
		this.channel.push(event);
	}

	/**
	 * Merges sightings in bursts of at most SIGHTING_BURST_MS, letting the loop turn between them: the results
	 * of a large answer's first sightings go out while the rest are read, instead of after all of them. A
	 * caller that goes on (pages to queue) checks whether the search is done itself; a merge that had to wait
	 * for a later turn checks when it ends.
	 */
	async #addSightings(engine: string, sightings: Sighting[]): Promise<void> {
		this.#digesting++;
		let waited = false;
		try {
			let burstStarted = performance.now();
			for (const sighting of sightings) {
				if (performance.now() - burstStarted > SIGHTING_BURST_MS) {
					waited = true;
					await new Promise((resolve) => setImmediate(resolve));
					burstStarted = performance.now();
				}
				if (this.#finished) return;
				this.#addSighting(engine, sighting);
			}
		} finally {
			this.#digesting--;
			if (waited) this.#checkDone();
		}
	}

	#addSighting(engine: string, sighting: Sighting): void {
		// One row a bug cannot take in costs that row, never the rest of its engine or page.
		try {
			const merged = this.results.add(wellFormedSighting(sighting), {
				engine,
				page: sighting.page ?? null
			});
			if (merged) {
				this.channel.push({ type: 'result', ...merged });
				this.swarm?.track(merged);
			}
		} catch (error) {
			this.#bug(`a result from ${engine}`, error);
		}
	}

	/** The swarm told us something: the result grows and is sent again. */
	#learn(infohash: string, news: SwarmNews): void {
		if (this.#finished) return;
		const merged = this.results.learn(infohash, news);
		if (merged) this.channel.push({ type: 'result', ...merged });
	}

	/** Bugs met (a parser or row that threw): such a search lacks what they cost, so it is not kept. */
	bugs = 0;

	/** Logs a bug in full for the operator; the user reads a short error with the id to report. */
	#bug(where: string, error: unknown): string {
		this.bugs++;
		console.error(`${this.requestId} search: ${where} threw:`, error);
		return `internal error (request ${this.requestId})`;
	}

	async #runEngine(id: EngineId): Promise<void> {
		try {
			await this.#askEngine(id);
		} catch (error) {
			const message = this.#bug(`engine ${id}`, error);
			if (this.#pendingEngines.has(id)) this.#report(id, { status: 'error', links: [], error: message });
			this.#checkDone();
		}
	}

	async #askEngine(id: EngineId): Promise<void> {
		const request = getEngine(id).buildRequest(this.query, engineUrl(id));
		const answer = await askEngine(id, [request], {
			signal: this.controller.signal,
			timeoutMs: config.searchTimeoutMs,
			unchallenge: (asked, challenged) => this.#unchallenged(asked, challenged)
		});
		await this.#answered();
		if (this.#finished) return;
		const { sightings, torrentFiles, ...report } = answer;
		this.#report(id, report);
		void this.#addSightings(id, sightings);
		for (const link of answer.links) this.#enqueuePage(link, id);
		for (const file of torrentFiles.slice(0, this.#code.MAX_TORRENT_FILES))
			void this.#runTorrentFile(id, file);
		this.#checkDone();
	}

	/** Fetches a .torrent an index named, within the pages' schedule; its URL is never reported. */
	async #runTorrentFile(id: EngineId, file: TorrentFileLink): Promise<void> {
		const deadline = this.#pageDeadline();
		if (deadline - performance.now() < MIN_FETCH_MS) return;
		this.#activeFiles++;
		try {
			const budget = { signal: this.controller.signal, timeoutMs: config.siteTimeoutMs, deadline };
			const sighting = await this.#code.sightingFromTorrentFile(file, engineUrl(id), budget);
			if (sighting) void this.#addSightings(id, [sighting]);
		} catch (error) {
			this.#bug(`a .torrent of engine ${id}`, error);
		} finally {
			this.#activeFiles--;
			this.#checkDone();
		}
	}

	/** The search's deadline as a `performance.now()` time: solver calls may run until then, not past it. */
	get #searchDeadline(): number {
		return this.started + config.searchTimeoutMs;
	}

	/**
	 * An engine's answer, or the page FlareSolverr got in its place when it was a challenge; without a
	 * solver (or for a POST, which it is not asked) the challenge is the engine's status.
	 */
	async #unchallenged(
		request: EngineRequest,
		answer: EngineAnswer
	): Promise<{ ok: true; value: EngineAnswer } | { ok: false; error: string }> {
		const vendor = answerChallenge(answer);
		if (!vendor) return { ok: true, value: answer };
		const reason = challengeReason(vendor);
		await this.#answered();
		const solver = this.#side?.solver;
		if (!solver || (request.method ?? 'GET') !== 'GET') return { ok: false, error: reason };
		const solved = await solver.solve(request.url, {
			signal: this.controller.signal,
			deadline: this.#searchDeadline,
			configured: true
		});
		if (!solved.ok) return { ok: false, error: `${reason}: ${solved.error}` };
		const { status, headers, body } = solved.value;
		return { ok: true, value: { status, headers, url: answer.url, body } };
	}

	#pageBudget(deadline: number): PageBudget {
		const solver = this.#side?.solver;
		if (!solver) return { signal: this.controller.signal, deadline };
		return {
			signal: this.controller.signal,
			deadline,
			solveChallenge: async (url) => {
				const solved = await solver.solve(url, {
					signal: this.controller.signal,
					deadline: this.#searchDeadline
				});
				return solved.ok ? { ok: true, value: solved.value } : solved;
			}
		};
	}

	#enqueuePage(url: string, engine: string): void {
		const { pageKey, isIgnoredLink, torrentLikelihood } = this.#code;
		const key = pageKey(url);
		if (!key || this.#seenPages.has(key) || isIgnoredLink(key)) return;
		this.#seenPages.add(key);
		const host = new URL(key).origin;
		this.#queue.push({
			url: key,
			host,
			engine,
			priority: torrentLikelihood(key),
			order: this.#seenPages.size
		});
		this.#queue.sort((a, b) => b.priority - a.priority || a.order - b.order);
		this.#pumpPages();
	}

	/**
	 * The latest a page started now may end: one site budget after the last engine answered (while an
	 * engine is still out, a whole budget from now, since its pages will have that much), and never past
	 * the search deadline. Done therefore follows the slowest engine plus one budget, not the queue.
	 */
	#pageDeadline(): number {
		const now = performance.now();
		const budgetFrom = this.#pendingEngines.size > 0 ? now : this.#lastEngineAt;
		return Math.min(budgetFrom + config.siteTimeoutMs, this.started + config.searchTimeoutMs);
	}

	#pumpPages(): void {
		const perHost = config.egressConnectionsPerHost;
		while (!this.#finished && this.#queue.length > 0) {
			const deadline = this.#pageDeadline();
			if (deadline - performance.now() < MIN_FETCH_MS) {
				for (const page of this.#queue.splice(0))
					this.#recordPage(page, { ok: false, error: 'not fetched: no time left before the search ends' });
				return;
			}
			const at = this.#queue.findIndex((page) => (this.#activeByHost.get(page.host) ?? 0) < perHost);
			if (at === -1) return;
			const [page] = this.#queue.splice(at, 1) as [QueuedPage];
			this.#activePages++;
			this.#activeByHost.set(page.host, (this.#activeByHost.get(page.host) ?? 0) + 1);
			void this.#runPage(page, deadline);
		}
	}

	#recordPage({ url, engine }: QueuedPage, outcome: PageOutcome): void {
		if (this.#finished) return;
		const event: PageEvent = outcome.ok
			? { type: 'page', url, engine, magnets: outcome.value.length, error: null }
			: { type: 'page', url, engine, magnets: 0, error: outcome.error };
		this.pages.push(event);
		this.channel.push(event);
		if (outcome.ok) void this.#addSightings(engine, outcome.value);
	}

	async #runPage(page: QueuedPage, deadline: number): Promise<void> {
		let outcome: PageOutcome;
		try {
			outcome = await this.#code.harvestPage(page.url, this.#pageBudget(deadline));
		} catch (error) {
			// Only the site goes to the log: a result's address can tell what was searched.
			outcome = { ok: false, error: this.#bug(`a page on ${new URL(page.url).host}`, error) };
		}
		try {
			this.#recordPage(page, outcome);
		} catch (error) {
			this.#bug(`recording a page on ${new URL(page.url).host}`, error);
		} finally {
			// The slots come back whatever happened, so the queue always drains.
			this.#activePages--;
			const onHost = (this.#activeByHost.get(page.host) ?? 1) - 1;
			if (onHost === 0) this.#activeByHost.delete(page.host);
			else this.#activeByHost.set(page.host, onHost);
			this.#pumpPages();
			this.#checkDone();
		}
	}

	#checkDone(): void {
		if (
			this.#finished ||
			this.#pendingEngines.size > 0 ||
			this.#queue.length > 0 ||
			this.#activePages > 0 ||
			this.#activeFiles > 0 ||
			this.#digesting > 0
		) {
			return;
		}
		if (this.swarm) {
			this.swarm.flush();
			if (this.swarm.busy) {
				// Health still coming: wait for it, but a silent tracker or slow peer costs at most the grace.
				this.#swarmGrace ??= setTimeout(() => this.finish(false), config.swarmGraceMs);
				return;
			}
		}
		this.finish(false);
	}

	/** Ends the search once: engines still waiting count as timed out, outbound work is abandoned. */
	finish(timedOut: boolean): void {
		if (this.#finished) return;
		if (timedOut) {
			for (const id of this.#pendingEngines) {
				this.#report(id, { status: 'timeout', links: [], error: 'no answer before the search deadline' });
			}
		}
		this.#finished = true;
		clearTimeout(this.#deadline);
		this.#cancelAfterWritten();
		if (this.#swarmGrace) clearTimeout(this.#swarmGrace);
		this.swarm?.stop();
		this.controller.abort();
		this.channel.push({ type: 'done', elapsedMs: this.elapsed });
		this.channel.close();
	}
}

/**
 * Runs a search afresh (the caller has found none in the store), handing the finished search to
 * `completed` (the caller keeps it) when it ran to its end without a bug; the generator ends after that.
 */
export async function* liveSearch(
	query: string,
	engineIds: EngineId[],
	requestId: string,
	signal: AbortSignal | undefined,
	completed: (search: FinishedSearch) => Promise<void>
): AsyncGenerator<SearchEvent> {
	const run = new SearchRun(query, engineIds, requestId, signal);
	run.start();
	try {
		yield* run.channel;
	} finally {
		// The consumer stopped early (client gone): stop the outbound work too.
		run.finish(true);
	}
	if (signal?.aborted) return;
	(await loadAnswerSide()).recordSearch(run.reports.values(), run.pages);
	// a search that lost a row to a bug is not kept: the next ask searches afresh
	if (run.bugs === 0) {
		await completed({
			engines: [...run.reports.values()],
			pages: run.pages,
			results: rankResults(query, run.results.results())
		});
	}
}

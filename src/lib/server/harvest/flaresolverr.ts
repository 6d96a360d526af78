// Asks FlareSolverr (FLARESOLVERR_URL) for a page a Cloudflare or DDoS-Guard challenge stands in front of,
// through its documented API: POST /v1 {"cmd":"request.get","url","maxTimeout"}. Its answer's page is used
// as it is (a JSON answer unwrapped from the browser's viewer): replaying its cookies from our own TLS stack
// fails the fingerprint check. The cookies and user agent are kept per host in the state store and handed
// back to it on the next request for that host.
import { z } from '#lib/zod.ts';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { answerChallenge, checkDestination, fetchConfigured } from '#lib/server/egress/index.ts';
import { loadMarkup } from '#lib/server/markup.ts';
import { readJson } from '#lib/server/read-json.ts';
import { stateNamespace } from '#lib/server/state/state.ts';

/** Solver calls one search may make: each takes a browser seconds, and pages must not queue behind them. */
export const SOLVES_PER_SEARCH = 4;
/** Less time than this before the deadline, and a solver is not asked: no challenge is solved faster. */
const MIN_SOLVE_MS = 1_000;
const SESSION_MS = 30 * 60 * 1000;

export interface SolvedPage {
	url: string;
	status: number;
	headers: Headers;
	/** The page's HTML, or the JSON a JSON answer held. */
	body: string;
}

// Built on first use: a server without FLARESOLVERR_URL never pays for the schemas.
let answerSchema: ReturnType<typeof buildAnswerSchema> | undefined;

function buildAnswerSchema() {
	const cookie = z.looseObject({ name: z.string(), value: z.string() });
	return z.object({
		status: z.string(),
		message: z._default(z.string(), ''),
		solution: z.nullish(
			z.object({
				url: z.string(),
				status: z.int(),
				headers: z.nullish(z.record(z.string(), z.unknown())),
				response: z.string(),
				cookies: z.nullish(z.array(cookie)),
				userAgent: z.nullish(z.string())
			})
		)
	});
}

const sessions = stateNamespace('flaresolverr-sessions', {
	schema: z.object({
		cookies: z.array(z.object({ name: z.string(), value: z.string() })),
		userAgent: z.nullable(z.string())
	}),
	maxEntries: 500
});

export interface SolveOptions {
	signal: AbortSignal;
	/** A `performance.now()` time the answer must come by: the search's deadline. */
	deadline: number;
	/** An engine's operator-configured URL; a link from remote content passes the egress policy first. */
	configured?: boolean;
}

/**
 * The JSON of an answer the solver's browser showed as a page: Chrome puts a JSON answer's text alone in a
 * <pre> (with an empty formatter <div> since Chrome 117), and FlareSolverr returns that page, not the JSON
 * (FlareSolverr/FlareSolverr#165, open). An index's JSON API behind a challenge comes back so. Null for
 * any other page.
 */
export function jsonShownByBrowser(page: string): string | null {
	if (!page.includes('<pre')) return null;
	const $ = loadMarkup(page);
	const shown = $('body').children();
	if (shown.filter('pre').length !== 1 || shown.not('pre, div.json-formatter-container').length > 0)
		return null;
	const text = shown.filter('pre').text();
	try {
		JSON.parse(text);
		return text;
	} catch {
		return null;
	}
}

/** One search's solver: at most SOLVES_PER_SEARCH calls, each ending by the deadline it is given. */
export class ChallengeSolver {
	#left = SOLVES_PER_SEARCH;

	constructor(readonly baseUrl: string) {}

	async solve(url: string, options: SolveOptions): Promise<Outcome<SolvedPage, string>> {
		const left = Math.floor(options.deadline - performance.now());
		if (this.#left <= 0) return fail('not solved: this search asked the solver enough');
		if (left < MIN_SOLVE_MS) return fail('not solved: no time left before the search ends');
		if (!options.configured) {
			const allowed = await checkDestination(url);
			if (!allowed.ok) return fail(`not handed to the solver: ${allowed.error.message}`);
		}
		this.#left--;
		const host = new URL(url).host;
		const session = await sessions.get(host);
		const request = {
			cmd: 'request.get',
			url,
			// FlareSolverr's own budget ends a little before ours, so its error arrives rather than our timeout.
			maxTimeout: Math.max(left - 250, 500),
			...(session && session.cookies.length > 0 ? { cookies: session.cookies } : {})
		};
		const fetched = await fetchConfigured(
			{
				url: `${this.baseUrl}/v1`,
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify(request)
			},
			{ signal: options.signal, timeoutMs: left }
		);
		if (!fetched.ok) return fail(`not solved: solver ${fetched.error.message}`);
		const answer = readJson(fetched.value.body, (answerSchema ??= buildAnswerSchema()));
		if (!answer) return fail(`not solved: solver answered HTTP ${fetched.value.status}`);
		const { solution } = answer;
		if (answer.status !== 'ok' || !solution)
			return fail(`not solved: ${answer.message.replace(/\s+/g, ' ').slice(0, 120) || 'solver error'}`);
		const headers = new Headers();
		for (const [name, value] of Object.entries(solution.headers ?? {}))
			if (typeof value === 'string') headers.set(name, value);
		const json = jsonShownByBrowser(solution.response);
		if (json !== null) headers.set('content-type', 'application/json');
		const page = { url: solution.url, status: solution.status, headers, body: json ?? solution.response };
		if (answerChallenge(page)) return fail('still challenged after the solver');
		await sessions.set(
			host,
			{
				cookies: (solution.cookies ?? []).map(({ name, value }) => ({ name, value })),
				userAgent: solution.userAgent ?? null
			},
			SESSION_MS
		);
		return ok(page);
	}
}

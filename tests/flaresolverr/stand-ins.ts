// FlareSolverr cannot be installed here (no registry carries it), so the tests run a loopback stand-in of
// its documented API (github.com/FlareSolverr/FlareSolverr README, "Usage"): POST /v1 with
// {"cmd":"request.get","url","maxTimeout","cookies"?} → {status:"ok",message,solution:{url,status,headers,
// response,cookies,userAgent}}, and {status:"error",message} with HTTP 500 on failure or timeout. Like the
// real one it fetches the page itself as a browser would: it passes the site's challenge (here: following
// the challenge form, which sets cf_clearance) and answers the page behind it, a JSON answer as the page
// Chrome shows for it (FlareSolverr/FlareSolverr#165). Beside it, a loopback site that challenges every
// request without a clearance, as Cloudflare does.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const CHALLENGE_PAGE =
	'<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body>' +
	'<noscript>Enable JavaScript and cookies to continue</noscript>' +
	'<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=8f"></script>' +
	'<form id="challenge-form" action="/cdn-cgi/verify?__cf_chl_tk=abc" method="POST"></form></body></html>';

const SOLVER_AGENT =
	'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36';

async function listen(server: Server): Promise<string> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
	server.closeAllConnections();
	return new Promise((resolve) => server.close(() => resolve()));
}

export interface ChallengedSite {
	url: string;
	/** Paths asked, with whether the request carried the clearance. */
	requests: { path: string; cleared: boolean }[];
	/** Pages behind the challenge, by path. */
	pages: Map<string, { body: string; type: string }>;
	/** When set, the challenge is never lifted (a block the solver cannot pass). */
	unsolvable: boolean;
	close(): Promise<void>;
}

export async function startChallengedSite(
	vendor: 'cloudflare' | 'ddos-guard' = 'cloudflare'
): Promise<ChallengedSite> {
	const clearance = `clear-${Math.random().toString(36).slice(2)}`;
	const site: Omit<ChallengedSite, 'url' | 'close'> = { requests: [], pages: new Map(), unsolvable: false };
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://site');
		const cleared =
			!site.unsolvable &&
			(request.headers.cookie ?? '').includes(`cf_clearance=${clearance}`) &&
			request.headers['user-agent'] === SOLVER_AGENT;
		site.requests.push({ path: url.pathname + url.search, cleared });
		if (url.pathname === '/cdn-cgi/verify') {
			const headers = site.unsolvable ? {} : { 'set-cookie': `cf_clearance=${clearance}; Path=/; HttpOnly` };
			response.writeHead(302, { location: '/', ...headers }).end();
			return;
		}
		if (!cleared) {
			response.writeHead(vendor === 'cloudflare' ? 403 : 503, {
				server: vendor,
				'content-type': 'text/html; charset=UTF-8',
				...(vendor === 'cloudflare' ? { 'cf-mitigated': 'challenge' } : {})
			});
			response.end(
				vendor === 'cloudflare' ? CHALLENGE_PAGE : CHALLENGE_PAGE.replace('Just a moment...', 'DDoS-Guard')
			);
			return;
		}
		const page = site.pages.get(url.pathname);
		if (!page) response.writeHead(404, { server: vendor }).end('not found');
		else response.writeHead(200, { server: vendor, 'content-type': page.type }).end(page.body);
	});
	const url = await listen(server);
	return Object.assign(site, { url, close: () => close(server) }) as ChallengedSite;
}

export interface FlareSolverr {
	url: string;
	/** Every request body received, parsed. */
	calls: { cmd: string; url?: string; maxTimeout?: number; cookies?: { name: string; value: string }[] }[];
	/** How long solving a challenge takes (a browser waits for the check). */
	solveMs: number;
	close(): Promise<void>;
}

/**
 * The page Chrome makes of a JSON answer, which is what FlareSolverr returns for one: the text, escaped,
 * alone in a <pre>, and the JSON formatter's empty container (Chrome 117 on).
 */
function shownByChrome(json: string): string {
	const escaped = json.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
	return (
		'<html><head><meta name="color-scheme" content="light dark"><meta charset="utf-8"></head><body>' +
		`<pre>${escaped}</pre><div class="json-formatter-container"></div></body></html>`
	);
}

async function readBody(request: IncomingMessage): Promise<string> {
	let text = '';
	for await (const chunk of request) text += chunk;
	return text;
}

/** What a browser does with one URL: ask it with its cookies, and follow the challenge form once. */
async function browse(target: string, cookies: Map<string, string>, solveMs: number, maxTimeout: number) {
	const started = Date.now();
	const ask = (url: string) =>
		fetch(url, {
			redirect: 'manual',
			headers: {
				'user-agent': SOLVER_AGENT,
				cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ')
			}
		});
	for (let attempt = 0; attempt < 2; attempt++) {
		const response = await ask(target);
		const body = await response.text();
		if (!/challenge-platform/.test(body)) {
			const json = response.headers.get('content-type')?.startsWith('application/json') ?? false;
			return {
				status: response.status,
				headers: Object.fromEntries(response.headers),
				body: json ? shownByChrome(body) : body,
				url: target
			};
		}
		const form = /action="([^"]+)"/.exec(body)?.[1];
		if (attempt === 1 || !form) break;
		await new Promise((resolve) => setTimeout(resolve, Math.min(solveMs, maxTimeout)));
		if (Date.now() - started >= maxTimeout) break;
		const verify = await ask(new URL(form.replaceAll('&amp;', '&'), target).href);
		for (const header of verify.headers.getSetCookie()) {
			const [pair = ''] = header.split(';');
			const at = pair.indexOf('=');
			cookies.set(pair.slice(0, at), pair.slice(at + 1));
		}
	}
	await new Promise((resolve) => setTimeout(resolve, Math.max(0, maxTimeout - (Date.now() - started))));
	return null;
}

export async function startFlareSolverr(): Promise<FlareSolverr> {
	const solver: Omit<FlareSolverr, 'url' | 'close'> = { calls: [], solveMs: 50 };
	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
			response.end(String(error));
		});
	});
	async function handle(request: IncomingMessage, response: ServerResponse) {
		const answer = (status: number, body: object) =>
			response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
		const started = Date.now();
		const base = { startTimestamp: started, version: '3.3.21' };
		let call: FlareSolverr['calls'][number];
		try {
			call = JSON.parse(await readBody(request));
		} catch {
			return answer(500, { ...base, status: 'error', message: 'Error: Request body is not valid JSON' });
		}
		solver.calls.push(call);
		if (request.url !== '/v1' || call.cmd !== 'request.get' || !call.url)
			return answer(500, {
				...base,
				status: 'error',
				message: `Error: Request parameter 'cmd' = '${call.cmd}' is invalid.`
			});
		const maxTimeout = call.maxTimeout ?? 60_000;
		const cookies = new Map((call.cookies ?? []).map(({ name, value }) => [name, value]));
		const page = await browse(call.url, cookies, solver.solveMs, maxTimeout).catch(() => null);
		if (!page)
			return answer(500, {
				...base,
				status: 'error',
				message: `Error: Error solving the challenge. Timeout after ${maxTimeout / 1000} seconds.`
			});
		answer(200, {
			...base,
			status: 'ok',
			message: 'Challenge solved!',
			endTimestamp: Date.now(),
			solution: {
				url: page.url,
				status: page.status,
				headers: page.headers,
				response: page.body,
				cookies: [...cookies].map(([name, value]) => ({
					name,
					value,
					domain: '127.0.0.1',
					path: '/',
					httpOnly: true
				})),
				userAgent: SOLVER_AGENT
			}
		});
	}
	const url = await listen(server);
	return Object.assign(solver, { url, close: () => close(server) }) as FlareSolverr;
}

// The phone app on a server that sleeps between visits (socket-activated, real starts): first contentful
// paint of a repeat visit to a bookmarked search while the server is asleep, with the service worker and
// without it; and, with the app open and idle after a search, the requests it makes in 2 × IDLE_TIMEOUT
// (goal 0) and whether the server exits meanwhile.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import config from '../playwright.config.ts';
import { startSleepyServer, type SleepyServer } from '#tests/e2e/sleepy-server.ts';
import type { BenchWeb } from './bench-web.ts';

const IDLE_TIMEOUT = 2;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true };

/** FCP of the page now on screen, from navigation start (the browser's own measure). */
async function firstContentfulPaint(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) => {
					const entry = list.getEntriesByName('first-contentful-paint')[0];
					if (entry) resolve(Math.round(entry.startTime));
				}).observe({ type: 'paint', buffered: true });
			})
	);
}

async function repeatVisits(context: BrowserContext, server: SleepyServer, runs: number, worker: boolean) {
	const page = await context.newPage();
	// The first visit: files in the HTTP cache (both ways), and the worker installed when allowed.
	await page.goto(`${server.url}/`);
	if (worker) await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const fcpMs: number[] = [];
	for (let run = 0; run < runs; run++) {
		await server.asleep();
		await page.goto(`${server.url}/search?q=${encodeURIComponent(`silo phone ${run}`)}`);
		fcpMs.push(await firstContentfulPaint(page));
		await page.locator('a[href^="magnet:"]').first().waitFor({ state: 'visible', timeout: 30_000 });
	}
	return { page, fcpMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function measurePhoneApp(bench: BenchWeb, runs: number, env: Record<string, string> = {}) {
	const server = await startSleepyServer({ ...bench.env, ...env, IDLE_TIMEOUT: String(IDLE_TIMEOUT) });
	const browser = await chromium.launch(config.use?.launchOptions);
	try {
		const withoutWorker = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
		const without = await repeatVisits(withoutWorker, server, runs, false);
		await withoutWorker.close();

		const withWorker = await browser.newContext({ ...PHONE, serviceWorkers: 'allow' });
		const withIt = await repeatVisits(withWorker, server, runs, true);
		// Open and idle after a finished search: every request the page or its worker makes is counted.
		await withIt.page.getByTestId('progress').getByText('done in').waitFor({ timeout: 30_000 });
		const requests: string[] = [];
		withWorker.on('request', (request) => requests.push(request.url()));
		const since = Date.now();
		await new Promise((resolve) => setTimeout(resolve, 2 * IDLE_TIMEOUT * 1000));
		const events = server.supervisor.events.filter((event) => event.at >= since);
		const exited = events.some((event) => event.type === 'exit') && !events.some((e) => e.type === 'start');
		await withWorker.close();
		return {
			idleTimeoutS: IDLE_TIMEOUT,
			withWorker: { fcpMedianMs: median(withIt.fcpMs), fcpMs: withIt.fcpMs },
			withoutWorker: { fcpMedianMs: median(without.fcpMs), fcpMs: without.fcpMs },
			idle: { requests: requests.length, urls: requests, serverExited: exited }
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

// Time to the first magnet link a person sees: Debian's Chromium on a 390×844 phone viewport opens a
// bookmarked search on a freshly started server (new browser context each run: nothing cached).
import { chromium } from '@playwright/test';
import config from '../playwright.config.ts';
import { startApp } from '#tests/app-server.ts';
import type { BenchWeb } from './bench-web.ts';

export async function firstMagnetInBrowser(bench: BenchWeb, runs: number, env: Record<string, string> = {}) {
	const browser = await chromium.launch(config.use?.launchOptions);
	const runsMs: number[] = [];
	try {
		for (let run = 0; run < runs; run++) {
			const app = await startApp({ ...bench.env, ...env });
			const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
			try {
				const page = await context.newPage();
				const started = performance.now();
				await page.goto(`${app.url}/search?q=${encodeURIComponent(`silo phone ${run}`)}`, {
					waitUntil: 'commit'
				});
				await page.locator('a[href^="magnet:"]').first().waitFor({ state: 'visible', timeout: 15_000 });
				runsMs.push(Math.round(performance.now() - started));
			} finally {
				await context.close();
				await app.stop();
			}
		}
	} finally {
		await browser.close();
	}
	const sorted = [...runsMs].sort((a, b) => a - b);
	return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN, runsMs };
}

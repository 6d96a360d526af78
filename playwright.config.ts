// End-to-end tests: Debian's Chromium against the built server (`node build`) and the fake web.
import { defineConfig } from '@playwright/test';

export default defineConfig({
	testDir: 'tests/e2e',
	globalSetup: './tests/e2e/global-setup.ts',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.CI ? [['list'], ['json', { outputFile: '.cache/test-summary/e2e.json' }]] : 'list',
	use: {
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		},
		trace: 'retain-on-failure',
		// The app's service worker changes what a second load of a page does (its shell answers first):
		// tests see the server's pages as they are, and tests/e2e/phone-app.spec.ts allows the worker.
		serviceWorkers: 'block'
	}
});

// Playwright's `test`, pointed at the app that global setup started.
import { test as base } from '@playwright/test';

export const test = base.extend({
	// eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
	baseURL: async ({}, use) => {
		await use(process.env.APP_URL);
	}
});

export { expect } from '@playwright/test';

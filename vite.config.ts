// Build and test configuration: SvelteKit 3 takes its options here, Vitest runs the unit tests.
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
	plugins: [
		sveltekit({
			adapter: adapter(),
			version: { name: pkg.version }
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		expect: { requireAssertions: true }
	}
});

// Build and test configuration: SvelteKit 3 takes its options here, Vitest runs the unit tests.
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };
import { PARAGLIDE_OPTIONS } from './src/lib/i18n/compile-messages.ts';

export default defineConfig({
	plugins: [
		// The interface's messages, compiled before anything imports them (build, dev and Vitest alike).
		paraglideVitePlugin(PARAGLIDE_OPTIONS),
		sveltekit({
			// BUILD_OUT: another directory than build/, for a second build beside the first (tests of updates).
			adapter: adapter({ out: process.env.BUILD_OUT ?? 'build' }),
			// Pages run only the app's own scripts (SvelteKit's inline start-up script gets a nonce): a name
			// a stranger wrote can never become code. Styles may be inline: Svelte sets style attributes.
			csp: {
				mode: 'auto',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self', 'unsafe-inline'],
					'img-src': ['self', 'data:'],
					'connect-src': ['self'],
					'object-src': ['none'],
					'base-uri': ['none'],
					'form-action': ['self'],
					'frame-ancestors': ['self']
				}
			},
			// Writes are checked by our own hook (src/lib/server/http/same-origin.ts): SvelteKit's compares Origin
			// with the https:// origin adapter-node assumes without PROTOCOL_HEADER, refusing plain-http LANs.
			csrf: { trustedOrigins: ['*'] },
			// BUILD_VERSION names a build apart from the package's version (tests build two versions in turn).
			version: { name: process.env.BUILD_VERSION ?? pkg.version },
			// src/lib/browser/app-worker.ts registers the worker, in built apps only.
			serviceWorker: { register: false }
		})
	],
	// zod is compiled into the server instead of loaded from node_modules at start: as ~95 small modules
	// it costs ~45 ms of every cold start under socket activation; bundled and tree-shaken, a few.
	ssr: { noExternal: ['zod'] },
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		expect: { requireAssertions: true },
		// A test's time limit only catches a hang: it asserts no speed, so it is generous enough for a busy
		// shared machine (property tests and servers started per file are CPU-bound there).
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});

// The smallest SvelteKit app, built with the app's own versions of SvelteKit, Svelte, Vite and
// adapter-node: one page and a health route, with a nonce CSP as the app's pages have. Its cold start is
// SvelteKit's own floor, beside which `npm run bench:cold-start` puts the app's (scripts/bench-cold-start.ts).
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

const OUT = '../../.cache/kit-floor';

export default defineConfig({
	logLevel: 'warn',
	plugins: [
		sveltekit({
			adapter: adapter({ out: `${OUT}/build` }),
			outDir: `${OUT}/.svelte-kit`,
			csp: { mode: 'auto', directives: { 'default-src': ['self'], 'script-src': ['self'] } },
			csrf: { trustedOrigins: ['*'] }
		})
	]
});

// Preloaded into a built server by a test (NODE_OPTIONS=--import): writes one line per module of the
// build it loads, with whether the module is zod's and its size, to LOADED_MODULES_FILE.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.LOADED_MODULES_FILE;
if (file) {
	registerHooks({
		load(url, context, nextLoad) {
			const loaded = nextLoad(url, context);
			if (url.includes('/build/')) {
				// zod's core names every schema class "$Zod…"; no module of ours spells it.
				const source = String(loaded.source ?? '');
				appendFileSync(file, `${url}\t${source.includes('$ZodType') ? 'zod' : '-'}\t${source.length}\n`);
			}
			return loaded;
		}
	});
}

// Preloaded into a built server by a test (NODE_OPTIONS=--import): writes one line per module of the
// build it loads, with whether the module is zod's, to LOADED_MODULES_FILE.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const file = process.env.LOADED_MODULES_FILE;
if (file) {
	registerHooks({
		load(url, context, nextLoad) {
			const loaded = nextLoad(url, context);
			if (url.includes('/build/')) {
				// zod's core names every schema class "$Zod…"; no module of ours spells it.
				const zod = String(loaded.source ?? '').includes('$ZodType');
				appendFileSync(file, `${url}\t${zod ? 'zod' : '-'}\n`);
			}
			return loaded;
		}
	});
}

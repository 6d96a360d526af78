// Libraries that only read answers (the HTML and XML parsers, the release-name reader) are loaded on first
// use rather than with the search core: a process woken by an API search then sends its engine requests
// first and loads them in the wait for the answers. Requiring an ES module is synchronous (Node ≥ 22.12), so
// a use before that loads it on the spot. The path is resolved as `import` would resolve it, so the process
// holds one copy of a package however it is reached, and packages that export themselves only to `import`
// load too.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const requireFile = createRequire(import.meta.url);

/** A function that returns the module, loading it on its first call. */
export function lazyModule<Module>(specifier: string): () => Module {
	let loaded: Module | undefined;
	return () => (loaded ??= requireFile(fileURLToPath(import.meta.resolve(specifier))) as Module);
}

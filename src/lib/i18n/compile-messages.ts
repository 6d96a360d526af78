// Compiles messages/*.json into the typed message functions under paraglide/, which are committed so that
// type checking, tests and builds need no generation step. Run after editing a message:
//   scripts/with-node node src/lib/i18n/compile-messages.ts
import { compile } from '@inlang/paraglide-js';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Cookie first (the switcher), then the browser's Accept-Language, then English. */
export async function compileMessages(outdir: string): Promise<void> {
	await compile({
		project: `${ROOT}project.inlang`,
		outdir,
		strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
		emitGitIgnore: false,
		emitReadme: false
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await compileMessages(fileURLToPath(new URL('./paraglide/', import.meta.url)));
}

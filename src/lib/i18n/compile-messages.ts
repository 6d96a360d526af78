// Compiles messages/*.json into the typed message functions under paraglide/ (generated, git-ignored).
// Vite's Paraglide plugin does it for build, dev and Vitest with the same options; this script does it for
// the tools that read the files without Vite (svelte-check, ESLint): scripts/install-deps runs it.
//   scripts/with-node node src/lib/i18n/compile-messages.ts
import { compile, type CompilerOptions } from '@inlang/paraglide-js';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Cookie first (the switcher), then the browser's Accept-Language, then English. */
export const PARAGLIDE_OPTIONS = {
	project: `${ROOT}project.inlang`,
	outdir: `${ROOT}src/lib/i18n/paraglide`,
	strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
	// One layout for every tool, so a build after the check step finds nothing to redo.
	outputStructure: 'message-modules',
	emitGitIgnore: false,
	emitPrettierIgnore: false,
	emitReadme: false
} satisfies CompilerOptions;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await compile(PARAGLIDE_OPTIONS);
}

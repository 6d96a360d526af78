// Lint rules: ESLint's and typescript-eslint's recommended sets, Svelte's, the type-aware promise and
// exhaustiveness rules, and the floors of the house (STYLE.md) as import boundaries. Prettier owns layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

// The server's floors, lowest first: a module imports only from its own floor and those below it.
const FLOORS = [
	{
		name: 'ground',
		folders: [
			'config',
			'sighting',
			'lifecycle',
			'memory-settle',
			'read-json',
			'activity',
			'magnet',
			'bencode',
			'lazy-module',
			'markup',
			'request-id'
		]
	},
	{ name: 'egress and state', folders: ['egress', 'state'] },
	{
		name: 'sources',
		folders: ['engines', 'harvest', 'swarm', 'titles', 'torrent-clients', 'release', 'engine-stats']
	},
	{ name: 'search', folders: ['search'] },
	{ name: 'faces', folders: ['formats', 'http', 'saved', 'written-page', 'request-log'] }
];

/** `#lib/server/x…` or a relative path that climbs to `x…`, where x is one of the folders or files. */
function importOf(folders) {
	return `^(#lib/server/|(\\.\\./)+)(${folders.join('|')})(/|\\.ts$)`;
}

// Egress has one public door: its internals are egress's own business.
const EGRESS_DOOR = {
	regex: '^#lib/server/egress/(?!index\\.ts$)',
	message: 'Import egress through its one door, #lib/server/egress/index.ts.'
};

// One zod, set up once (English messages, no eval): everything else takes it from #lib/zod.ts.
const ONE_ZOD = {
	regex: '^zod(/|$)',
	message: 'Import zod from #lib/zod.ts: the one flavour (zod/mini), with its English messages and no eval.'
};

// Parsers that only read answers load on first use (src/lib/server/lazy-module.ts): a value import would load
// them before a woken process's first engine request leaves.
const LAZY_READERS = {
	regex: '^(cheerio|htmlparser2|@viren070/parse-torrent-title)(/|$)',
	allowTypeImports: true,
	message:
		'Read markup through #lib/server/markup.ts and release names through release/parse-release.ts: they load these libraries on first use.'
};

const floorRules = FLOORS.map((floor, index) => {
	const above = FLOORS.slice(index + 1).flatMap((higher) => higher.folders);
	const patterns = [ONE_ZOD];
	if (above.length > 0) {
		patterns.push({
			regex: importOf(above),
			message: `The ${floor.name} floor imports only from its own floor and those below it (STYLE.md, "Floors"); move the shared word down instead.`
		});
		// the faces write pages with the components the pages use; no floor below them does
		patterns.push({
			regex: '^(#lib/components/|(\\.\\./)+(routes|components)/)',
			message: 'Server modules below the faces never import routes, pages or components.'
		});
	}
	// egress's own modules reach each other directly; the ground floor cannot import egress at all
	if (index > 1) patterns.push(EGRESS_DOOR);
	return {
		files: floor.folders.flatMap((folder) => [
			`src/lib/server/${folder}/**/*.ts`,
			`src/lib/server/${folder}.ts`
		]),
		ignores: ['**/*.test.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns }] }
	};
});

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.cache/',
			'test-results/',
			'playwright-report/',
			'src/lib/i18n/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: { projectService: true, extraFileExtensions: ['.svelte'] }
		},
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/switch-exhaustiveness-check': [
				'error',
				{ considerDefaultExhaustiveForUnions: true }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } }
	},
	{
		// Plain JavaScript (this file, tooling) is outside the TypeScript project.
		files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
		...ts.configs.disableTypeChecked
	},
	{
		// the floors and routes below repeat ONE_ZOD: a file's last matching no-restricted-imports wins whole
		files: ['**/*.ts', '**/*.svelte'],
		ignores: ['src/lib/zod.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [ONE_ZOD] }] }
	},
	...floorRules,
	{
		// typescript-eslint's version of the rule, so that it lets type imports through and adds to the floors'
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['**/*.test.ts'],
		rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [LAZY_READERS] }] }
	},
	{
		// A module that imports zod on demand imports its own schemas: a dynamic import of #lib/zod.ts keeps
		// the whole of zod/mini, every language of its messages included (~600 KB instead of ~60).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "ImportExpression[source.value='#lib/zod.ts']",
					message:
						'Import a module of schemas on demand, not #lib/zod.ts: its dynamic import keeps all of zod.'
				}
			]
		}
	},
	{
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte', 'src/hooks.server.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: [EGRESS_DOOR, ONE_ZOD] }] }
	}
);

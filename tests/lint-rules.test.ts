// The lint keeps the house's shape: a forbidden import across floors, a parser loaded with the module rather
// than on first use, zod imported whole on demand, and a floating promise all fail it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The probes are not files of the project: the type-aware rules read them through TypeScript's default
// project (the floors are plain import rules, the floating promise needs only the probe's own types).
const eslint = new ESLint({
	cwd: process.cwd(),
	overrideConfig: {
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: [
						'src/lib/probe.ts',
						'src/lib/server/*/probe.ts',
						'src/lib/server/*/*/probe.ts'
					]
				}
			}
		}
	}
});

/** Lints `code` as if it were the file at `path` (type-aware rules read it through the project). */
async function ruleIdsFor(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path });
	return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint', () => {
	it('refuses an engine that imports the search above it', { timeout: 120_000 }, async () => {
		const ids = await ruleIdsFor(
			'src/lib/server/engines/yts/probe.ts',
			"import { search } from '#lib/server/search/search.ts';\nexport const probe = search;\n"
		);
		expect(ids).toContain('no-restricted-imports');
	});

	it('refuses egress importing an engine, by a relative path too', { timeout: 120_000 }, async () => {
		const ids = await ruleIdsFor(
			'src/lib/server/egress/probe.ts',
			"import type { Engine } from '../engines/types.ts';\nexport type Probe = Engine;\n"
		);
		expect(ids).toContain('no-restricted-imports');
	});

	it('refuses a way into egress other than its door', { timeout: 120_000 }, async () => {
		const ids = await ruleIdsFor(
			'src/lib/server/swarm/probe.ts',
			"import { Limiter } from '#lib/server/egress/limiter.ts';\nexport const probe = new Limiter(1);\n"
		);
		expect(ids).toContain('no-restricted-imports');
	});

	it(
		'refuses a dynamic import of zod itself, and lets a module of schemas be imported on demand',
		{ timeout: 120_000 },
		async () => {
			const whole = await ruleIdsFor(
				'src/lib/server/state/probe.ts',
				"export const probe = async () => (await import('#lib/zod.ts')).z.number();\n"
			);
			expect(whole).toContain('no-restricted-syntax');
			const own = await ruleIdsFor(
				'src/lib/server/engines/probe.ts',
				"export const probe = async () => (await import('./suspension-schema.ts')).suspensionEnd;\n"
			);
			expect(own).not.toContain('no-restricted-syntax');
		}
	);

	it('lets an engine import the floors below it', { timeout: 120_000 }, async () => {
		const ids = await ruleIdsFor(
			'src/lib/server/engines/yts/probe.ts',
			"import type { Sighting } from '#lib/server/sighting.ts';\nimport { LIMITS } from '#lib/server/egress/index.ts';\nexport const probe: Sighting[] = [];\nexport const limits = LIMITS;\n"
		);
		expect(ids).toEqual([]);
	});

	it(
		'refuses zod but through the one module, in the browser code and on every floor',
		{ timeout: 120_000 },
		async () => {
			const full = "import { z } from 'zod';\nexport const probe = z.string();\n";
			const mini = "import * as z from 'zod/mini';\nexport const probe = z.string();\n";
			expect(await ruleIdsFor('src/lib/server/engines/yts/probe.ts', full)).toContain(
				'no-restricted-imports'
			);
			expect(await ruleIdsFor('src/lib/server/search/probe.ts', mini)).toContain('no-restricted-imports');
			expect(await ruleIdsFor('src/lib/probe.ts', full)).toContain('no-restricted-imports');
			expect(
				await ruleIdsFor(
					'src/lib/server/search/probe.ts',
					"import { z } from '#lib/zod.ts';\nexport const probe = z.string();\n"
				)
			).toEqual([]);
		}
	);

	it(
		'refuses loading a markup or release-name parser with the module, and lets its types through',
		{ timeout: 120_000 },
		async () => {
			const probe = 'src/lib/server/engines/yts/probe.ts';
			const cheerio = "import * as cheerio from 'cheerio/slim';\nexport const probe = cheerio.load('');\n";
			const names =
				"import { parseTorrentTitle } from '@viren070/parse-torrent-title';\nexport const probe = parseTorrentTitle;\n";
			const types = "import type { CheerioAPI } from 'cheerio/slim';\nexport type Probe = CheerioAPI;\n";
			expect(await ruleIdsFor(probe, cheerio)).toContain('@typescript-eslint/no-restricted-imports');
			expect(await ruleIdsFor(probe, names)).toContain('@typescript-eslint/no-restricted-imports');
			expect(await ruleIdsFor(probe, types)).toEqual([]);
		}
	);

	it('refuses a floating promise', { timeout: 120_000 }, async () => {
		const ids = await ruleIdsFor(
			'src/lib/server/search/probe.ts',
			'async function later(): Promise<number> {\n\treturn 1;\n}\nexport function probe(): void {\n\tlater();\n}\n'
		);
		expect(ids).toContain('@typescript-eslint/no-floating-promises');
	});
});

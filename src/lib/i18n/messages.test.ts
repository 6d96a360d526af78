// The committed message functions match messages/*.json, and every language has every message.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileMessages } from './compile-messages.ts';

const messagesDir = fileURLToPath(new URL('../../../messages/', import.meta.url));
const committedDir = fileURLToPath(new URL('./paraglide/', import.meta.url));

async function files(dir: string, prefix = ''): Promise<string[]> {
	const entries = await readdir(join(dir, prefix), { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) =>
			entry.isDirectory() ? files(dir, join(prefix, entry.name)) : [join(prefix, entry.name)]
		)
	);
	return nested.flat().sort();
}

describe('messages', () => {
	it('has the same keys in every language, none empty', async () => {
		const catalogues = await Promise.all(
			['en', 'pt-BR', 'es'].map(async (locale) =>
				JSON.parse(await readFile(`${messagesDir}${locale}.json`, 'utf8'))
			)
		);
		const keys = catalogues.map((catalogue) => Object.keys(catalogue).sort());
		expect(keys[1]).toEqual(keys[0]);
		expect(keys[2]).toEqual(keys[0]);
		for (const catalogue of catalogues)
			for (const value of Object.values(catalogue)) expect(value).not.toBe('');
	});

	it('are compiled: paraglide/ is what the compiler makes of messages/ (run compile-messages.ts)', async () => {
		const fresh = await mkdtemp(join(tmpdir(), 'paraglide-'));
		try {
			await compileMessages(fresh);
			const names = await files(fresh);
			expect(await files(committedDir)).toEqual(names);
			for (const name of names)
				expect(await readFile(join(committedDir, name), 'utf8'), name).toBe(
					await readFile(join(fresh, name), 'utf8')
				);
		} finally {
			await rm(fresh, { recursive: true, force: true });
		}
	}, 30_000);
});

// Every language has every message, and the build's compiled functions render each of them.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const messagesDir = fileURLToPath(new URL('../../../messages/', import.meta.url));

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

	it('are compiled by the build: every message renders in every language (Paraglide plugin)', async () => {
		const { m } = await import('./paraglide/messages.js');
		const functions = m as unknown as Record<string, (inputs: object, options: object) => string>;
		const english = JSON.parse(await readFile(`${messagesDir}en.json`, 'utf8')) as Record<string, unknown>;
		const keys = Object.keys(english).filter((key) => !key.startsWith('$'));
		expect(Object.keys(functions).sort()).toEqual(keys.sort());
		for (const locale of ['en', 'pt-BR', 'es'])
			for (const key of keys) expect(functions[key]?.({}, { locale }), `${locale} ${key}`).toMatch(/\S/);
	});
});

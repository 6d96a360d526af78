// A woken server's first page is most often the home page: it reads the engines' suspensions and the
// saved searches from the state store, and loads zod to read them only when something is stored.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, RUNTIME_ENV, startApp } from './app-server.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cf-torrent-home-modules-'));
const stateDir = join(scratch, 'state');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh server on the shared state directory, whose module loads are written to `file`. */
function startRecorded(file: string) {
	writeFileSync(file, '');
	return startApp({
		STATE_DIR: stateDir,
		LOADED_MODULES_FILE: file,
		NODE_OPTIONS: `${RUNTIME_ENV.NODE_OPTIONS} --import ${ROOT}tests/loaded-modules.ts`
	});
}

const loaded = (file: string) =>
	readFileSync(file, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => line.split('\t') as [string, string, string]);

describe('the home page of a freshly started server', () => {
	it('loads no zod when nothing is stored, and reads what is stored once there is', async () => {
		const first = join(scratch, 'first.txt');
		let app = await startRecorded(first);
		try {
			const page = await fetch(`${app.url}/`);
			expect(page.status).toBe(200);
			expect(await page.text()).toContain('name="q"');
			const modules = loaded(first);
			// The recording works: the page's own modules are in it.
			expect(modules.some(([url]) => url.includes('/build/server/'))).toBe(true);
			expect(modules.filter(([, kind]) => kind === 'zod')).toEqual([]);

			const saved = await fetch(`${app.url}/api/saved`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ q: 'home page modules', name: 'Kept for the next start' })
			});
			expect(saved.status).toBe(201);
		} finally {
			await app.stop();
		}

		const second = join(scratch, 'second.txt');
		app = await startRecorded(second);
		try {
			const page = await (await fetch(`${app.url}/`)).text();
			expect(page).toContain('Kept for the next start');
			const zod = loaded(second).filter(([, kind]) => kind === 'zod');
			expect(zod.length).toBeGreaterThan(0);
			// Tree-shaken, zod/mini with English is ~60 KB; kept whole (a dynamic import of #lib/zod.ts does
			// that), with every language of its messages, ~600 KB, which a woken API search would compile.
			expect(zod.reduce((sum, [, , size]) => sum + Number(size), 0)).toBeLessThan(150_000);
		} finally {
			await app.stop();
		}
	});
});

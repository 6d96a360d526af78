// The exit guard in a real child process: released resources let node exit at once, a leaked one is
// named and the process still exits 0 after the grace period; and the background work a request started.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_GRACE_MS, finishInBackground, withBackgroundWork } from './lifecycle.ts';

const LIFECYCLE = new URL('./lifecycle.ts', import.meta.url).href;

interface Exit {
	code: number | null;
	ms: number;
	output: string;
}

/** Runs `body` in a fresh node after importing lifecycle.ts as `lifecycle`, then emits the shutdown. */
function runAndShutDown(body: string): Promise<Exit> {
	const script = `
		import * as lifecycle from ${JSON.stringify(LIFECYCLE)};
		${body}
		setTimeout(() => { globalThis.shutdownAt = Date.now(); process.emit('sveltekit:shutdown', 'IDLE'); }, 50);
	`;
	const started = Date.now();
	const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
		cwd: fileURLToPath(new URL('.', import.meta.url)),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	return new Promise((resolve) =>
		child.once('exit', (code) => resolve({ code, ms: Date.now() - started - 50, output }))
	);
}

describe('exit after shutdown', () => {
	it('exits at once when every held resource is released', async () => {
		const exit = await runAndShutDown(`
			lifecycle.exitAfterShutdown();
			const interval = setInterval(() => {}, 1000);
			lifecycle.onShutdown(() => clearInterval(interval));
		`);
		expect(exit.code).toBe(0);
		expect(exit.output).toContain('Shutting down (IDLE)');
		// On its own: the guard, which fires only on a process still held after the grace, never spoke.
		expect(exit.output).not.toContain('Still running');
	});

	it('names what still holds the loop and exits 0 after the grace period', async () => {
		const exit = await runAndShutDown(`
			lifecycle.exitAfterShutdown();
			setInterval(() => {}, 1000);
		`);
		expect(exit.code).toBe(0);
		expect(exit.output).toMatch(/Still running 500 ms after shutdown, held by .*Timeout/);
		expect(exit.ms).toBeGreaterThanOrEqual(EXIT_GRACE_MS - 50);
	});

	it('does not wait for a release that never settles', async () => {
		const exit = await runAndShutDown(`
			const interval = setInterval(() => {}, 1000);
			lifecycle.onShutdown(() => new Promise(() => {}));
		`);
		expect(exit.code).toBe(0);
		// The guard ended it: the release's promise, never settled, held nothing.
		expect(exit.output).toContain('Still running');
	});

	it('runs each release once even when registered from several modules', async () => {
		const exit = await runAndShutDown(`
			let calls = 0;
			const interval = setInterval(() => {}, 1000);
			const release = () => { calls++; clearInterval(interval); };
			lifecycle.onShutdown(release);
			lifecycle.onShutdown(release);
			lifecycle.exitAfterShutdown();
			process.on('exit', () => console.log('releases ' + calls));
		`);
		expect(exit.code).toBe(0);
		expect(exit.output).toContain('releases 1');
	});

	it('lets work behind an answer end before releasing, then exits', async () => {
		const exit = await runAndShutDown(`
			const interval = setInterval(() => {}, 1000);
			lifecycle.onShutdown(() => { console.log('released'); clearInterval(interval); });
			// Ends 300 ms after the shutdown, holding the process until then with its own timer.
			lifecycle.finishInBackground(
				new Promise((resolve) => setTimeout(() => { console.log('background done'); resolve(); }, 350)),
				60_000
			);
		`);
		expect(exit.code).toBe(0);
		expect(exit.output.indexOf('background done')).toBeGreaterThan(exit.output.indexOf('Shutting down'));
		expect(exit.output.indexOf('released')).toBeGreaterThan(exit.output.indexOf('background done'));
		expect(exit.output).not.toContain('Still running');
	});

	it('stops waiting for background work at its limit', async () => {
		const exit = await runAndShutDown(`
			const interval = setInterval(() => {}, 1000);
			lifecycle.onShutdown(() => { console.log('released'); clearInterval(interval); });
			lifecycle.finishInBackground(new Promise(() => {}), 200);
		`);
		expect(exit.code).toBe(0);
		expect(exit.output).toContain('released');
		expect(exit.output).not.toContain('Still running');
	});

	it('logs background work that fails, and still exits', async () => {
		const exit = await runAndShutDown(`
			lifecycle.finishInBackground(Promise.reject(new Error('broken store')), 60_000);
		`);
		expect(exit.code).toBe(0);
		expect(exit.output).toContain('background work failed: Error: broken store');
	});
});

describe('withBackgroundWork', () => {
	it('says when the work its request started has ended, and waits for no other request’s', async () => {
		let endOwn!: () => void;
		const own = new Promise<void>((resolve) => (endOwn = resolve));
		const [other, mine] = await Promise.all([
			withBackgroundWork(async () => {
				await Promise.resolve();
				finishInBackground(new Promise(() => {}), 60_000);
				return 'other';
			}),
			withBackgroundWork(async () => {
				await Promise.resolve();
				finishInBackground(own, 60_000);
				return 'mine';
			})
		]);
		expect([other.answer, mine.answer]).toEqual(['other', 'mine']);
		let ended = false;
		void mine.backgroundEnded.then(() => (ended = true));
		await new Promise((resolve) => setImmediate(resolve));
		expect(ended).toBe(false);
		endOwn();
		await mine.backgroundEnded;
		expect(ended).toBe(true);
	});
});

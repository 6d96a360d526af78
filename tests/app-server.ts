// Starts the built server (`node build`) as a user would, on a free port, for tests and the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface App {
	url: string;
	process: ChildProcess;
	/** Everything the server printed so far. */
	output: () => string;
	stop(): Promise<number | null>;
	/** Where this server keeps its state (STATE_DIR). */
	stateDir: string;
}

export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/**
 * The memory settings the image, the systemd unit and scripts/start run the server with (README "Memory"):
 * tests and benchmarks run it the same way, and a deploy-files test keeps the four in step.
 */
export const RUNTIME_ENV = {
	NODE_OPTIONS: '--max-semi-space-size=2',
	MALLOC_ARENA_MAX: '2',
	GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=131072:glibc.malloc.mmap_threshold=131072'
} as const;

/**
 * The environment a test app gets: only what is named, so the host's settings never leak in. Swarm
 * health is off unless a test turns it on: the fixtures' magnets name public trackers, and a test must
 * not even look their names up; the tests that need it run their own tracker on loopback.
 */
export function appEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	return {
		PATH: process.env.PATH,
		NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS,
		...RUNTIME_ENV,
		SWARM_HEALTH: 'off',
		...extra
	};
}

/**
 * Starts the built server. Each gets a fresh state directory, removed when it stops, unless the test
 * names one in `STATE_DIR` (to restart on the same state).
 */
export async function startApp(env: Record<string, string> = {}): Promise<App> {
	const port = await freePort();
	const ownState = env.STATE_DIR === undefined;
	const stateDir = env.STATE_DIR ?? mkdtempSync(join(tmpdir(), 'cf-torrent-app-state-'));
	const child = spawn(process.execPath, ['build'], {
		cwd: ROOT,
		env: appEnv({ HOST: '127.0.0.1', PORT: String(port), STATE_DIR: stateDir, ...env }),
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => {
			if (ownState) rmSync(stateDir, { recursive: true, force: true });
			resolve(code);
		})
	);

	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 10_000);
		const check = () => {
			if (output.includes('Listening on')) {
				clearTimeout(timer);
				resolve();
			}
		};
		child.stdout.on('data', check);
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`server exited with ${code} before listening:\n${output}`));
		});
	});

	return {
		url: `http://127.0.0.1:${port}`,
		process: child,
		output: () => output,
		stateDir,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			return exited;
		}
	};
}

// A built server that sleeps between visits, as deployed: socket-activated by the test supervisor, exiting
// after IDLE_TIMEOUT and started again by the next connection. It runs the build a symlink points at, so a
// test can deploy another build on the same origin while it sleeps.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, renameSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, appEnv, freePort } from '../app-server.ts';
import { startSupervisor, type Supervisor } from '../socket-activation/supervisor.ts';

export interface SleepyServer {
	url: string;
	supervisor: Supervisor;
	/** Resolves once no server process runs (it exited by itself, or none started yet). */
	asleep(): Promise<void>;
	/** Runs `dir` (a build) from the next start on. */
	deploy(dir: string): void;
	/** Stops listening altogether: the address refuses connections, as a server that is off. */
	stop(): Promise<void>;
	/** Listens again on the same address. */
	restart(): Promise<void>;
	close(): Promise<void>;
}

export async function startSleepyServer(env: Record<string, string>, build = join(ROOT, 'build')) {
	const home = mkdtempSync(join(tmpdir(), 'cf-torrent-sleepy-'));
	const current = join(home, 'current');
	const deploy = (dir: string) => {
		// Swapped in one rename, as a deployment switches a release symlink.
		symlinkSync(dir, `${current}.next`);
		renameSync(`${current}.next`, current);
	};
	deploy(build);
	const port = await freePort();
	const serverEnv = appEnv({ STATE_DIR: join(home, 'state'), ...env });
	const start = () =>
		startSupervisor({ command: [process.execPath, current], env: serverEnv, cwd: ROOT, port });
	let supervisor: Supervisor = await start();
	const server: SleepyServer = {
		url: `http://127.0.0.1:${port}`,
		get supervisor() {
			return supervisor;
		},
		async asleep() {
			for (;;) {
				const last = supervisor.events.filter((event) => event.type !== 'ready').at(-1);
				if (!last || last.type === 'exit') return;
				await supervisor.next('exit', last.at, 60_000);
			}
		},
		deploy,
		stop: () => supervisor.close(),
		async restart() {
			supervisor = await start();
		},
		async close() {
			await supervisor.close();
			rmSync(home, { recursive: true, force: true });
		}
	};
	return server;
}

/** Builds the app once more into `dir` under another version name (a new release of the same code). */
export function buildVersion(dir: string, version: string): void {
	if (existsSync(join(dir, 'index.js'))) rmSync(dir, { recursive: true, force: true });
	const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build'], {
		cwd: ROOT,
		env: { ...process.env, BUILD_VERSION: version, BUILD_OUT: dir },
		encoding: 'utf8'
	});
	if (result.status !== 0) throw new Error(`build of ${version} failed:\n${result.stdout}\n${result.stderr}`);
}

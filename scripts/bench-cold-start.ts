// Cold start under socket activation: connection attempt → first byte of `GET /`, for the built app, for
// a bare Node `http` server started the same way (the floor), and for the smallest SvelteKit app built with
// the same versions (scripts/kit-floor: SvelteKit's own floor), bare and through podman when present.
// Prints JSON; the target is the app within 1.4× of the bare server. Needs `vite build` first.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, appEnv, freePort } from '#tests/app-server.ts';
import { freshGet } from '#tests/socket-activation/fresh-get.ts';
import { startSupervisor } from '#tests/socket-activation/supervisor.ts';

const RUNS = Number(process.env.COLD_START_RUNS ?? 7);
const KIT_FLOOR = `${ROOT}scripts/kit-floor`;
const KIT_FLOOR_BUILD = `${ROOT}.cache/kit-floor/build`;
const TARGET_RATIO = 1.4;
const IMAGE = process.env.COLD_START_IMAGE ?? 'localhost/cf-torrent:test';
const PODMAN = '/usr/bin/podman';
const CONTAINERS_CONF = `${ROOT}tests/container/containers.conf`;

// The floor: what any Node server costs to start and answer on fd 3, with nothing of the app loaded.
const BARE_SERVER = `
import { createServer } from 'node:http';
const server = createServer((request, response) => {
	response.end('ok');
	server.close();
	server.closeAllConnections();
});
server.listen({ fd: 3 });
`;

interface Summary {
	medianMs: number;
	minMs: number;
	maxMs: number;
	runsMs: number[];
}

function summary(runs: number[]): Summary {
	const sorted = [...runs].sort((a, b) => a - b);
	const round = (ms: number) => Math.round(ms * 10) / 10;
	return {
		medianMs: round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
		minMs: round(sorted[0] ?? NaN),
		maxMs: round(sorted.at(-1) ?? NaN),
		runsMs: runs.map(round)
	};
}

interface Variant {
	command: string[];
	env: NodeJS.ProcessEnv;
	path?: string;
}

/**
 * Under the test suite's socket-holding supervisor: a fresh process for every measured request. The
 * variants take turns run by run, so that the load of a shared machine weighs on each alike.
 */
async function underSupervisor<K extends string>(variants: Record<K, Variant>): Promise<Record<K, Summary>> {
	const names = Object.keys(variants) as K[];
	const supervisors = await Promise.all(
		names.map((name) =>
			startSupervisor({ command: variants[name].command, env: variants[name].env, cwd: ROOT })
		)
	);
	const runs = names.map(() => [] as number[]);
	try {
		for (let run = 0; run <= RUNS; run++) {
			for (const [at, supervisor] of supervisors.entries()) {
				const path = variants[names[at] as K].path ?? '/';
				const since = Date.now();
				const answer = await freshGet(`${supervisor.url}${path}`);
				if (answer.status !== 200)
					throw new Error(`GET ${path} answered ${answer.status}: ${answer.body.slice(0, 200)}`);
				const start = await supervisor.next('start', since);
				try {
					process.kill(start.pid, 'SIGTERM');
				} catch {
					// already gone (the bare server exits after answering)
				}
				await supervisor.next('exit', start.at);
				// The first run fills the page cache: not what a deployed server sees after its first start.
				if (run > 0) runs[at]?.push(answer.firstByteMs);
			}
		}
	} finally {
		await Promise.all(supervisors.map((supervisor) => supervisor.close()));
	}
	return Object.fromEntries(names.map((name, at) => [name, summary(runs[at] ?? [])])) as Record<K, Summary>;
}

/** Through `systemd-socket-activate … podman run`, as the socket-activated container is deployed. */
async function throughPodman(podmanArgs: string[]): Promise<Summary> {
	const runs: number[] = [];
	for (let run = 0; run <= RUNS; run++) {
		const port = await freePort();
		const child = spawn(
			'/usr/bin/systemd-socket-activate',
			[
				'-l',
				`127.0.0.1:${port}`,
				'-E',
				'PATH',
				'-E',
				'HOME',
				'-E',
				'CONTAINERS_CONF',
				PODMAN,
				'run',
				'--rm',
				...podmanArgs
			],
			{ env: { ...process.env, CONTAINERS_CONF }, stdio: ['ignore', 'ignore', 'pipe'] }
		);
		const exited = new Promise((resolve) => child.once('exit', resolve));
		await new Promise<void>((resolve) => {
			let output = '';
			child.stderr.on('data', (chunk) => {
				output += chunk;
				if (output.includes('Listening on')) resolve();
			});
		});
		const answer = await freshGet(`http://127.0.0.1:${port}/`);
		if (answer.status !== 200) throw new Error(`GET / in podman answered ${answer.status}`);
		child.kill('SIGTERM');
		await exited;
		if (run > 0) runs.push(answer.firstByteMs);
	}
	return summary(runs);
}

function ratio(app: Summary, bare: Summary) {
	const value = Math.round((app.medianMs / bare.medianMs) * 100) / 100;
	return { appOverBare: value, target: TARGET_RATIO, met: value <= TARGET_RATIO };
}

/** Every measurement, as the JSON this script prints; `scripts/bench.ts` can call it to include it. */
export async function measureColdStart(): Promise<Record<string, unknown>> {
	if (!existsSync(`${ROOT}build/index.js`)) throw new Error('build/ is missing; run `npm run build` first');
	const scratch = mkdtempSync(join(tmpdir(), 'cf-torrent-cold-'));
	const bareScript = join(scratch, 'bare-server.mjs');
	writeFileSync(bareScript, BARE_SERVER);

	// Built each time (a few seconds): it must be the SvelteKit that node_modules holds now.
	execFileSync(process.execPath, [`${ROOT}node_modules/vite/bin/vite.js`, 'build'], { cwd: KIT_FLOOR });

	const env = appEnv({ NODE_ENV: 'production' });
	const app = [process.execPath, 'build'];
	const measured = await underSupervisor({
		nodeApp: { command: app, env },
		nodeBare: { command: [process.execPath, bareScript], env },
		// Start-up alone, without the first page render: /healthz tells the two costs apart.
		nodeAppHealthz: { command: app, env, path: '/healthz' },
		// As the systemd unit and the image run it: V8's compiled code kept between wake-ups.
		nodeAppCompileCache: {
			command: app,
			env: { ...env, NODE_COMPILE_CACHE: join(scratch, 'compile-cache') }
		},
		kitFloor: { command: [process.execPath, KIT_FLOOR_BUILD], env },
		// The floor as deployed too: V8's compiled code kept for SvelteKit's own modules alike.
		kitFloorCompileCache: {
			command: [process.execPath, KIT_FLOOR_BUILD],
			env: { ...env, NODE_COMPILE_CACHE: join(scratch, 'compile-cache-floor') }
		}
	});
	const { nodeApp, nodeBare, nodeAppHealthz, nodeAppCompileCache, kitFloor, kitFloorCompileCache } = measured;
	const report: Record<string, unknown> = {
		what: 'connection attempt → first byte of GET /, cold process each run (median of runs after a warm-up)',
		node: process.version,
		runs: RUNS,
		socketActivated: {
			app: nodeApp,
			appHealthz: nodeAppHealthz,
			appWithCompileCache: nodeAppCompileCache,
			bareNodeHttp: nodeBare,
			...ratio(nodeApp, nodeBare),
			withCompileCache: ratio(nodeAppCompileCache, nodeBare),
			// What SvelteKit itself costs (one page, no hooks): the part of the app's time that cannot move.
			sveltekitFloor: {
				...kitFloor,
				overBare: Math.round((kitFloor.medianMs / nodeBare.medianMs) * 100) / 100,
				appAboveMs: Math.round((nodeApp.medianMs - kitFloor.medianMs) * 10) / 10,
				withCompileCache: {
					...kitFloorCompileCache,
					appAboveMs: Math.round((nodeAppCompileCache.medianMs - kitFloorCompileCache.medianMs) * 10) / 10
				}
			}
		}
	};

	let podmanMissing: string | null = existsSync(PODMAN) ? null : 'podman is not installed';
	if (!podmanMissing) {
		try {
			execFileSync(PODMAN, ['image', 'exists', IMAGE], { env: { ...process.env, CONTAINERS_CONF } });
		} catch {
			podmanMissing = `image ${IMAGE} is absent (the container test builds it; or set COLD_START_IMAGE)`;
		}
	}
	if (podmanMissing) report.podman = { skipped: podmanMissing };
	else {
		const podmanApp = await throughPodman([IMAGE]);
		// The same bare server in the same image: podman's own start-up is the floor there.
		const podmanBare = await throughPodman([
			'-v',
			`${bareScript}:/bare-server.mjs:ro`,
			IMAGE,
			'node',
			'/bare-server.mjs'
		]);
		report.podman = {
			image: IMAGE,
			app: podmanApp,
			bareNodeHttp: podmanBare,
			...ratio(podmanApp, podmanBare)
		};
	}
	return report;
}

if (import.meta.main) console.log(JSON.stringify(await measureColdStart(), null, 2));

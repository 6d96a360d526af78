// The Containerfile, built and run with podman: serves /healthz when run plainly, and under socket
// activation serves a request and exits 0 on idle. Runs only where podman is installed.
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, freePort } from '../app-server.ts';
import { freshGet } from '../socket-activation/fresh-get.ts';

const run = promisify(execFile);
const podmanPath = ['/usr/bin/podman', '/usr/local/bin/podman'].find((path) => existsSync(path));

/** runc and cgroupfs: crun fails on hosts with hybrid cgroups; this works on those and ordinary ones. */
const env = { ...process.env, CONTAINERS_CONF: `${ROOT}tests/container/containers.conf` };
const IMAGE = 'localhost/cf-torrent:test';
/** A registry image when one is reachable (CONTAINER_BASE_IMAGE), else a local stand-in built once. */
const BASE_IMAGE = process.env.CONTAINER_BASE_IMAGE ?? 'localhost/cf-torrent-base:node24';

function whyNot(): string | null {
	if (!podmanPath) return 'podman is not installed (apt-get install podman runc uidmap)';
	if (process.env.CONTAINER_BASE_IMAGE) return null;
	try {
		execFileSync(podmanPath, ['image', 'exists', BASE_IMAGE], { env });
		return null;
	} catch {
		const canMake = existsSync('/usr/sbin/debootstrap') && process.getuid?.() === 0;
		return canMake ? null : `${BASE_IMAGE} is absent and making it needs root and debootstrap`;
	}
}
const skipReason = whyNot();
if (skipReason) console.warn(`container tests skipped: ${skipReason}; or set CONTAINER_BASE_IMAGE`);

async function podman(...args: string[]): Promise<string> {
	const { stdout } = await run(podmanPath!, args, { env, maxBuffer: 64 * 1024 * 1024 });
	return stdout.trim();
}

async function imageExists(name: string): Promise<boolean> {
	return podman('image', 'exists', name).then(
		() => true,
		() => false
	);
}

describe.skipIf(skipReason !== null)('container image', () => {
	const timings: Record<string, number> = {};

	beforeAll(async () => {
		let started = Date.now();
		if (!process.env.CONTAINER_BASE_IMAGE && !(await imageExists(BASE_IMAGE))) {
			await run(`${ROOT}tests/container/make-base-image.sh`, [BASE_IMAGE], {
				env: { ...env, NODE_BIN: process.execPath }
			});
			timings.baseImageMs = Date.now() - started;
		}
		started = Date.now();
		// The host's extra CA (a TLS-intercepting proxy) lent to `npm ci`, as the README shows users.
		const ca = process.env.NODE_EXTRA_CA_CERTS;
		const lendCa =
			ca && existsSync(ca)
				? ['-v', `${ca}:/etc/ssl/extra-ca.pem:ro`, '--build-arg', 'NODE_EXTRA_CA_CERTS=/etc/ssl/extra-ca.pem']
				: [];
		await podman(
			'build',
			'-q',
			...lendCa,
			'--build-arg',
			`BASE_IMAGE=${BASE_IMAGE}`,
			'-t',
			IMAGE,
			ROOT
		).catch((error: { stderr?: string }) => {
			// podman prints every step and npm its whole usage: the first error lines say why.
			const lines = (error.stderr ?? String(error)).split('\n');
			const why = lines.filter((line) => /error/i.test(line) && !/^npm error\s*$/.test(line)).slice(0, 10);
			throw new Error(`podman build failed:\n${[...why, ...lines.slice(-3)].join('\n')}`);
		});
		timings.buildMs = Date.now() - started;
		const size = Number(await podman('image', 'inspect', '--format', '{{.Size}}', IMAGE));
		const baseSize = Number(await podman('image', 'inspect', '--format', '{{.Size}}', BASE_IMAGE));
		console.log(
			`container image: ${(size / 1e6).toFixed(0)} MB, of which the base ${(baseSize / 1e6).toFixed(0)} MB` +
				` (${BASE_IMAGE}); ${JSON.stringify(timings)}`
		);
	}, 600_000);

	it('runs `node build` as PID 1 and a non-root user, without a health check', async () => {
		const config = JSON.parse(await podman('image', 'inspect', '--format', '{{json .Config}}', IMAGE));
		expect(config.User).toBe('node');
		expect(config.Cmd).toEqual(['node', 'build']);
		expect(config.Entrypoint ?? []).toEqual([]);
		expect(config.Healthcheck).toBeUndefined();
		expect(config.ExposedPorts).toHaveProperty('3000/tcp');
		expect(config.Labels).toMatchObject({ 'org.opencontainers.image.title': 'cf-torrent' });
		const listing = await podman('run', '--rm', IMAGE, 'sh', '-c', 'id -u; ls /app; ls /app/node_modules');
		const [uid, ...files] = listing.split('\n');
		expect(uid).toBe('1000');
		expect(files).toContain('build');
		expect(files).toContain('cheerio');
		expect(files).not.toContain('vite');
		expect(await podman('run', '--rm', IMAGE, 'node', '-p', 'process.pid')).toBe('1');
	});

	it("holds V8's compiled code of the start-up and the search core for the server's own user", async () => {
		// Node names the cache directory with the user id: one made by another user is never read.
		const load =
			"await import('/app/build/handler.js'); await import('cheerio/slim'); await import('@viren070/parse-torrent-title');";
		const log = await podman(
			'run',
			'--rm',
			'-e',
			'NODE_DEBUG_NATIVE=COMPILE_CACHE',
			IMAGE,
			'sh',
			'-c',
			`cd /app && node --input-type=module -e "${load}" 2>&1`
		);
		expect(log).not.toMatch(/Cannot create cache directory/);
		for (const file of ['build/handler.js', 'cheerio/dist/esm/slim.js', 'parse-torrent-title/dist/index.js'])
			expect(log).toMatch(
				new RegExp(`code cache for \\w+ file:///app/\\S*${file.replaceAll('.', '\\.')} was accepted`)
			);
	});

	it('serves /healthz under `podman run -p`', async () => {
		const port = await freePort();
		const name = `cf-torrent-test-${port}`;
		await podman('run', '-d', '--rm', '--name', name, '-p', `127.0.0.1:${port}:3000`, IMAGE);
		try {
			await expect
				.poll(
					() =>
						freshGet(`http://127.0.0.1:${port}/healthz`, 2000).then(
							(a) => a.status,
							() => 0
						),
					{
						timeout: 10_000,
						interval: 200
					}
				)
				.toBe(200);
		} finally {
			await podman('rm', '-f', '-t', '0', name);
		}
	});

	it('is socket-activated through systemd-socket-activate and exits 0 on idle', async () => {
		const port = await freePort();
		const started = Date.now();
		const activated = spawn(
			'/usr/bin/systemd-socket-activate',
			[
				'-l',
				`127.0.0.1:${port}`,
				'-E',
				'PATH',
				'-E',
				'CONTAINERS_CONF',
				'-E',
				'HOME',
				podmanPath!,
				'run',
				'--rm',
				'-e',
				'IDLE_TIMEOUT=1',
				IMAGE
			],
			{ env, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let output = '';
		activated.stdout.on('data', (chunk) => (output += chunk));
		activated.stderr.on('data', (chunk) => (output += chunk));
		const exited = new Promise<number | null>((resolve) => activated.once('exit', resolve));
		await expect.poll(() => output, { timeout: 5000 }).toContain(`Listening on 127.0.0.1:${port}`);

		const answer = await freshGet(`http://127.0.0.1:${port}/healthz`);
		expect(answer.status).toBe(200);
		expect(output).toContain('Listening on file descriptor 3');
		expect(await exited, output).toBe(0);
		expect(output).toContain('Shutting down (IDLE)');
		console.log(
			`socket-activated container: first byte after ${answer.firstByteMs.toFixed(0)} ms, exited ` +
				`${Date.now() - answer.endedAt} ms after the answer (IDLE_TIMEOUT=1), ${Date.now() - started} ms in all`
		);
	});
});

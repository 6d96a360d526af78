// The files in deploy/, checked with the tools that understand them where those are installed:
// systemd-analyze for the units, podman's Quadlet generator (podman >= 4.4), nix-instantiate for the
// NixOS module (parsed, then evaluated against a stand-in for nixpkgs' lib, which is not available here).
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, RUNTIME_ENV, freePort } from '../app-server.ts';
import { freshGet } from './fresh-get.ts';

const run = promisify(execFile);
const DEPLOY = `${ROOT}deploy/`;
const SYSTEMD_ANALYZE = '/usr/bin/systemd-analyze';
const QUADLET = ['/usr/libexec/podman/quadlet', '/usr/lib/podman/quadlet'].find((path) => existsSync(path));
const NIX_INSTANTIATE = ['/usr/bin/nix-instantiate', '/run/current-system/sw/bin/nix-instantiate'].find(
	(path) => existsSync(path)
);
for (const [tool, path] of [
	['systemd-analyze', existsSync(SYSTEMD_ANALYZE)],
	['nix-instantiate (apt-get install nix-bin)', NIX_INSTANTIATE],
	['the Quadlet generator (podman >= 4.4)', QUADLET]
] as const)
	if (!path) console.warn(`${tool} is not installed: the deploy/ checks that need it are skipped`);

/** systemd-analyze warns about unknown keys and bad values on stderr but still exits 0: both must be clean. */
async function verifyUnits(paths: string[]): Promise<string> {
	const { stderr } = await run(SYSTEMD_ANALYZE, ['verify', '--man=no', ...paths]).catch(
		(error: { stderr: string }) => ({ stderr: error.stderr || String(error) })
	);
	return stderr.trim();
}

function unitCopies(files: Record<string, string>, edit: (text: string) => string = (text) => text) {
	const dir = mkdtempSync(join(tmpdir(), 'cf-torrent-units-'));
	for (const [name, source] of Object.entries(files))
		writeFileSync(join(dir, name), edit(readFileSync(source, 'utf8')));
	return dir;
}

/**
 * `Environment=A=b C=d` lines of a unit, as one record (no quoting is used in deploy/), with the systemd
 * specifiers they use resolved as given (`%C`: the cache directory).
 */
function unitEnvironment(unit: string, specifiers: Record<string, string>): Record<string, string> {
	const resolved = unit.replace(/%([A-Za-z])/g, (whole, letter: string) => specifiers[letter] ?? whole);
	const pairs = [...resolved.matchAll(/^Environment=(.*)$/gm)].flatMap((line) => line[1]!.split(/\s+/));
	return Object.fromEntries(
		pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)])
	);
}

describe.skipIf(!existsSync(SYSTEMD_ANALYZE))('plain systemd units', () => {
	it('pass systemd-analyze verify', async () => {
		// The node binary named in ExecStart is checked for existence: point it at the one running here.
		const dir = unitCopies(
			{
				'cf-torrent.socket': `${DEPLOY}systemd/cf-torrent.socket`,
				'cf-torrent.service': `${DEPLOY}systemd/cf-torrent.service`
			},
			(text) => text.replace('/usr/local/bin/node', process.execPath)
		);
		expect(await verifyUnits([join(dir, 'cf-torrent.socket'), join(dir, 'cf-torrent.service')])).toBe('');
	});

	it("serve on the socket with the service's command and environment, and exit when idle", async () => {
		// As systemd would run it, short of systemd itself: ExecStart in WorkingDirectory with the unit's
		// Environment, the socket handed over by systemd-socket-activate (here, the checkout and a short idle).
		const service = readFileSync(`${DEPLOY}systemd/cf-torrent.service`, 'utf8');
		const [program, ...args] = /^ExecStart=(.*)$/m.exec(service)![1]!.split(/\s+/);
		expect(program).toMatch(/\/node$/);
		const cache = mkdtempSync(join(tmpdir(), 'cf-torrent-cache-'));
		// StateDirectory=: systemd creates the directory and names it in STATE_DIRECTORY.
		const state = join(
			mkdtempSync(join(tmpdir(), 'cf-torrent-lib-')),
			/^StateDirectory=(.*)$/m.exec(service)![1]!
		);
		const env = {
			...unitEnvironment(service, { C: cache }),
			STATE_DIRECTORY: state,
			IDLE_TIMEOUT: '1',
			PATH: process.env.PATH ?? ''
		};
		const port = await freePort();
		const child = spawn(
			'/usr/bin/systemd-socket-activate',
			[
				'-l',
				`127.0.0.1:${port}`,
				...Object.keys(env).flatMap((name) => ['-E', name]),
				process.execPath,
				...args
			],
			{ cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }
		);
		let output = '';
		child.stderr.on('data', (chunk) => (output += chunk));
		child.stdout.on('data', (chunk) => (output += chunk));
		const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
		await expect.poll(() => output, { timeout: 5000 }).toContain('Listening on');

		// Through a proxy's headers, as the unit trusts them: the server's own links name the public origin.
		// (adapter-node assumes https without PROTOCOL_HEADER, so a proxy saying http shows it is read.)
		const answer = await freshGet(`http://127.0.0.1:${port}/opensearch.xml`, 5000, {
			'x-forwarded-proto': 'http',
			'x-forwarded-host': 'search.example.ts.net'
		});
		expect(answer.status).toBe(200);
		expect(answer.body).toContain('template="http://search.example.ts.net/search?q={searchTerms}"');
		// The engine list reads suspensions from the state store, which opens in systemd's directory.
		expect((await freshGet(`http://127.0.0.1:${port}/api/engines`, 5000)).status).toBe(200);
		expect(await exited, output).toBe(0);
		expect(output).toContain('Listening on file descriptor 3');
		// The unit's compile cache was written, for the next wake-up to read.
		expect(readdirSync(join(cache, 'cf-torrent')).length).toBeGreaterThan(0);
		// …and the state store was kept in the unit's state directory, closed cleanly (no log left).
		expect(readdirSync(state)).toEqual(['state.sqlite']);
	});

	it('run node itself, never restart, and hold one socket for all connections', () => {
		const service = readFileSync(`${DEPLOY}systemd/cf-torrent.service`, 'utf8');
		const socket = readFileSync(`${DEPLOY}systemd/cf-torrent.socket`, 'utf8');
		expect(service).toMatch(/^ExecStart=\S*\/node build$/m);
		expect(service).toMatch(/^Restart=no$/m);
		expect(service).toMatch(/^Environment=IDLE_TIMEOUT=\d+$/m);
		expect(service).toMatch(/^StateDirectory=cf-torrent$/m);
		// The app finds systemd's directory by itself: no STATE_DIR that would point elsewhere.
		expect(service).not.toMatch(/STATE_DIR=/);
		expect(socket.match(/^ListenStream=/gm)).toHaveLength(1);
		expect(socket).not.toMatch(/^Accept=(yes|true)/m);
	});
});

describe('the memory settings', () => {
	it('are the same in the image, the unit and scripts/start as in the tests and benchmarks', () => {
		const containerfile = readFileSync(`${ROOT}Containerfile`, 'utf8');
		const service = readFileSync(`${DEPLOY}systemd/cf-torrent.service`, 'utf8');
		const start = readFileSync(`${ROOT}scripts/start`, 'utf8');
		for (const [name, value] of Object.entries(RUNTIME_ENV)) {
			expect(containerfile).toMatch(new RegExp(`^ENV .*\\b${name}=${value}(\\s|$)`, 'm'));
			expect(unitEnvironment(service, {})[name]).toBe(value);
			expect(start).toContain(`${name}="\${${name}:-${value}}"`);
		}
	});
});

describe('the state directory', () => {
	it('is a volume the image’s user owns, which Quadlet and the NixOS module mount', () => {
		const containerfile = readFileSync(`${ROOT}Containerfile`, 'utf8');
		const path = /^ENV STATE_DIR=(\S+)$/m.exec(containerfile)?.[1];
		expect(path).toBe('/var/lib/cf-torrent');
		expect(containerfile).toMatch(new RegExp(`^RUN mkdir -p ${path} && chown node:node ${path}$`, 'm'));
		expect(containerfile).toMatch(new RegExp(`^VOLUME ${path}$`, 'm'));
		// Declared before USER node and after the chown, so a new volume is created owned by node.
		expect(containerfile.indexOf(`VOLUME ${path}`)).toBeLessThan(containerfile.indexOf('USER node'));
		const quadlet = readFileSync(`${DEPLOY}quadlet/cf-torrent.container`, 'utf8');
		expect(quadlet).toMatch(new RegExp(`^Volume=cf-torrent-state:${path}$`, 'm'));
		const nixos = readFileSync(`${DEPLOY}nixos/cf-torrent.nix`, 'utf8');
		expect(nixos).toContain(`:${path}" ]`);
	});
});

describe('Quadlet units', () => {
	it.skipIf(!existsSync(SYSTEMD_ANALYZE))('the socket passes systemd-analyze verify', async () => {
		// The service is generated by Quadlet; a stand-in lets systemd check the socket on its own.
		const dir = unitCopies({ 'cf-torrent.socket': `${DEPLOY}quadlet/cf-torrent.socket` });
		writeFileSync(join(dir, 'cf-torrent.service'), '[Service]\nExecStart=/bin/true\n');
		expect(await verifyUnits([join(dir, 'cf-torrent.socket'), join(dir, 'cf-torrent.service')])).toBe('');
	});

	it.skipIf(!QUADLET)('the container generates a service that restarts never', async () => {
		const units = mkdtempSync(join(tmpdir(), 'cf-torrent-quadlet-'));
		copyFileSync(`${DEPLOY}quadlet/cf-torrent.container`, join(units, 'cf-torrent.container'));
		const { stdout } = await run(QUADLET!, ['-dryrun'], {
			env: { ...process.env, QUADLET_UNIT_DIRS: units }
		});
		expect(stdout).toContain('cf-torrent.service');
		expect(stdout).toMatch(/^Restart=no$/m);
		expect(stdout).toMatch(/IDLE_TIMEOUT=\d+/);
	});
});

describe.skipIf(!NIX_INSTANTIATE)('NixOS module', () => {
	it('parses, with its Tailscale example', async () => {
		for (const file of ['cf-torrent.nix', 'tailscale-example.nix'])
			await expect(run(NIX_INSTANTIATE!, ['--parse', `${DEPLOY}nixos/${file}`])).resolves.toBeTruthy();
	});

	it('declares the socket, a container started only by it, Restart forced to no, and IDLE_TIMEOUT', async () => {
		// Just enough of nixpkgs' lib for this module: mkForce is kept visible so the test can see it.
		const dir = mkdtempSync(join(tmpdir(), 'cf-torrent-nix-'));
		writeFileSync(
			join(dir, 'eval.nix'),
			`let
				lib = {
					mkOption = option: option;
					mkEnableOption = description: { inherit description; };
					mkIf = condition: value: if condition then value else { };
					mkForce = value: { forced = value; };
					escapeShellArg = text: "'" + text + "'";
					concatStringsSep = builtins.concatStringsSep;
					types = {
						str = "str"; port = "port"; bool = "bool"; ints.positive = "positive"; enum = values: { enum = values; };
						nullOr = t: "nullOr"; attrsOf = t: "attrsOf"; listOf = t: "listOf";
					};
				};
				module = import ${DEPLOY}nixos/cf-torrent.nix;
				evaluate = cfg: (module {
					inherit lib;
					config = { services.cf-torrent = cfg; virtualisation.oci-containers.backend = "podman"; };
				}).config;
				base = {
					enable = true; image = "localhost/cf-torrent:latest"; port = 3000; listenAddress = null;
					idleTimeout = 120; environment = { ENGINES = "apibay"; }; extraOptions = [ "--memory=512m" ];
					openFirewall = false; pull = "newer"; stateVolume = "cf-torrent-state";
					refreshInterval = null; refreshFeeds = [ ];
				};
				pkgs = { curl = "/nix/store/curl"; jq = "/nix/store/jq"; };
			in {
				everywhere = evaluate base;
				loopback = evaluate (base // { listenAddress = "127.0.0.1"; openFirewall = true; });
				disabled = evaluate (base // { enable = false; });
				options = builtins.attrNames (module { inherit lib; config = { services.cf-torrent = base; virtualisation.oci-containers.backend = "podman"; }; }).options.services.cf-torrent;
				pullOption = (module { inherit lib; config = { services.cf-torrent = base; virtualisation.oci-containers.backend = "podman"; }; }).options.services.cf-torrent.pull;
				hostPath = evaluate (base // { stateVolume = "/var/lib/cf-torrent"; pull = "never"; });
				refreshing = (module {
					inherit lib pkgs;
					config = { services.cf-torrent = base // { refreshInterval = "hourly"; listenAddress = "127.0.0.1"; }; virtualisation.oci-containers.backend = "podman"; };
				}).config;
			}`
		);
		const { stdout } = await run(NIX_INSTANTIATE!, ['--eval', '--strict', '--json', join(dir, 'eval.nix')]);
		const { everywhere, loopback, disabled, options, pullOption, hostPath, refreshing } = JSON.parse(stdout);
		// The feed refresh timer is off unless asked for; asked, it polls through the socket on loopback and
		// is a oneshot, so nothing stays running between its runs to keep the app awake.
		expect(everywhere.systemd.timers['cf-torrent-refresh']).toEqual({});
		expect(refreshing.systemd.timers['cf-torrent-refresh']).toMatchObject({
			wantedBy: ['timers.target'],
			timerConfig: { OnCalendar: 'hourly', Persistent: false }
		});
		expect(refreshing.systemd.services['cf-torrent-refresh'].serviceConfig.Type).toBe('oneshot');
		expect(refreshing.systemd.services['cf-torrent-refresh'].script).toContain(
			'http://127.0.0.1:3000/api/saved'
		);

		expect(options).toEqual(
			expect.arrayContaining([
				'enable',
				'image',
				'port',
				'idleTimeout',
				'environment',
				'extraOptions',
				'openFirewall',
				'pull',
				'stateVolume'
			])
		);
		// podman's own names for `podman run --pull`, podman's default, and its cost written beside it.
		expect(pullOption.type).toEqual({ enum: ['never', 'missing', 'newer', 'always'] });
		expect(pullOption.default).toBe('missing');
		expect(pullOption.description).toMatch(/cold start, measured/i);
		expect(everywhere.systemd.sockets['cf-torrent']).toMatchObject({
			listenStreams: ['3000'],
			wantedBy: ['sockets.target'],
			socketConfig: { Service: 'podman-cf-torrent.service' }
		});
		expect(everywhere.virtualisation['oci-containers'].containers['cf-torrent']).toMatchObject({
			image: 'localhost/cf-torrent:latest',
			autoStart: false,
			extraOptions: ['--memory=512m'],
			environment: { IDLE_TIMEOUT: '120', ENGINES: 'apibay' },
			pull: 'newer',
			volumes: ['cf-torrent-state:/var/lib/cf-torrent']
		});
		expect(hostPath.virtualisation['oci-containers'].containers['cf-torrent']).toMatchObject({
			pull: 'never',
			volumes: ['/var/lib/cf-torrent:/var/lib/cf-torrent']
		});
		expect(everywhere.virtualisation['oci-containers'].containers['cf-torrent'].ports).toBeUndefined();
		expect(everywhere.systemd.services['podman-cf-torrent'].serviceConfig.Restart).toEqual({ forced: 'no' });
		expect(everywhere.networking.firewall.allowedTCPPorts).toEqual({});
		expect(loopback.systemd.sockets['cf-torrent'].listenStreams).toEqual(['127.0.0.1:3000']);
		expect(loopback.networking.firewall.allowedTCPPorts).toEqual([3000]);
		expect(disabled).toEqual({});
	});
});

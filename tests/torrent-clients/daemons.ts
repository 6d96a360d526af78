// Real torrent clients for the tests (Debian's qbittorrent-nox, transmission-daemon, deluged + deluge-web),
// each started in a temporary directory on loopback with a password, DHT/PeX/LSD/UPnP off and torrents
// added paused, and read back through the client's own API, written here apart from the app's code.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from '../app-server.ts';

export const PROGRAMS = {
	qbittorrent: '/usr/bin/qbittorrent-nox',
	transmission: '/usr/bin/transmission-daemon',
	deluged: '/usr/bin/deluged',
	delugeWeb: '/usr/bin/deluge-web'
};

export interface ListedTorrent {
	infohash: string;
	name: string;
}

export interface Daemon {
	/** The value for TORRENT_CLIENTS after `label=kind+`: credentials and options included. */
	url: string;
	/** What the client itself lists, as its own API tells. */
	torrents(): Promise<ListedTorrent[]>;
	output(): string;
	stop(): Promise<void>;
}

const USER = 'cftest';
const PASSWORD = 'p@ss w,rd';

interface Started {
	process: ChildProcess;
	output: () => string;
	stop: () => Promise<void>;
}

function run(command: string, args: string[], cwd: string): Started {
	const child = spawn(command, args, {
		cwd,
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, HOME: cwd }
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	return {
		process: child,
		output: () => output,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(killer);
		}
	};
}

/** Waits until `ready` answers true, or the program exits, or about 30 s pass. */
async function waitFor(started: Started, what: string, ready: () => Promise<boolean>): Promise<void> {
	for (let attempt = 0; attempt < 300; attempt++) {
		if (started.process.exitCode !== null) throw new Error(`${what} exited:\n${started.output()}`);
		if (await ready().catch(() => false)) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${what} did not start:\n${started.output()}`);
}

function listening(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

const credentials = `${encodeURIComponent(USER)}:${encodeURIComponent(PASSWORD)}`;

/** qBittorrent's WebUI password line: PBKDF2-HMAC-SHA512, 100000 iterations (src/base/utils/password.cpp). */
function qbittorrentPassword(password: string): string {
	const salt = randomBytes(16);
	const key = pbkdf2Sync(password, salt, 100_000, 64, 'sha512');
	return `"@ByteArray(${salt.toString('base64')}:${key.toString('base64')})"`;
}

export async function startQbittorrent(query = 'paused=true'): Promise<Daemon> {
	const dir = await mkdtemp(join(tmpdir(), 'cft-qbt-'));
	const [port, peerPort] = [await freePort(), await freePort()];
	await mkdir(join(dir, 'qBittorrent/config'), { recursive: true });
	await writeFile(
		join(dir, 'qBittorrent/config/qBittorrent.conf'),
		`[LegalNotice]
Accepted=true

[BitTorrent]
Session\\DHTEnabled=false
Session\\PeXEnabled=false
Session\\LSDEnabled=false
Session\\AddTorrentPaused=true
Session\\Port=${peerPort}
Session\\Interface=lo
Session\\InterfaceName=lo
Session\\DefaultSavePath=${dir}/downloads

[Network]
PortForwardingEnabled=false

[Preferences]
WebUI\\Address=127.0.0.1
WebUI\\Port=${port}
WebUI\\Username=${USER}
WebUI\\Password_PBKDF2=${qbittorrentPassword(PASSWORD)}
WebUI\\LocalHostAuth=true
WebUI\\UPnP=false
General\\Locale=en
`
	);
	const started = run(PROGRAMS.qbittorrent, [`--profile=${dir}`, `--webui-port=${port}`], dir);
	const base = `http://127.0.0.1:${port}`;
	await waitFor(
		started,
		'qbittorrent-nox',
		async () => (await fetch(`${base}/api/v2/app/version`)).status > 0
	);

	async function torrents(): Promise<ListedTorrent[]> {
		const login = await fetch(`${base}/api/v2/auth/login`, {
			method: 'POST',
			body: new URLSearchParams({ username: USER, password: PASSWORD })
		});
		const cookie = login.headers.getSetCookie()[0]?.split(';')[0];
		if (!cookie) throw new Error(`qBittorrent refused the test's login: ${await login.text()}`);
		const list = (await (await fetch(`${base}/api/v2/torrents/info`, { headers: { cookie } })).json()) as {
			hash: string;
			name: string;
			category: string;
			save_path: string;
			state: string;
		}[];
		return list.map((torrent) => ({ infohash: torrent.hash, ...torrent }));
	}

	return {
		url: `http://${credentials}@127.0.0.1:${port}/?${query}`,
		torrents,
		output: started.output,
		stop: async () => {
			await started.stop();
			await rm(dir, { recursive: true, force: true });
		}
	};
}

export async function startTransmission(query = 'paused=true'): Promise<Daemon> {
	const dir = await mkdtemp(join(tmpdir(), 'cft-tr-'));
	const [port, peerPort] = [await freePort(), await freePort()];
	await writeFile(
		join(dir, 'settings.json'),
		JSON.stringify({
			'rpc-enabled': true,
			'rpc-port': port,
			'rpc-bind-address': '127.0.0.1',
			'rpc-authentication-required': true,
			'rpc-username': USER,
			'rpc-password': PASSWORD,
			'rpc-whitelist-enabled': true,
			'rpc-whitelist': '127.0.0.1',
			'dht-enabled': false,
			'pex-enabled': false,
			'lpd-enabled': false,
			'utp-enabled': false,
			'port-forwarding-enabled': false,
			'start-added-torrents': false,
			'peer-port': peerPort,
			'bind-address-ipv4': '127.0.0.1',
			'bind-address-ipv6': '::1',
			'download-dir': join(dir, 'downloads'),
			'incomplete-dir-enabled': false
		})
	);
	const started = run(PROGRAMS.transmission, ['-f', '-g', dir], dir);
	const rpc = `http://127.0.0.1:${port}/transmission/rpc`;
	await waitFor(started, 'transmission-daemon', async () => (await fetch(rpc)).status > 0);
	const authorization = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`;

	async function torrents(): Promise<ListedTorrent[]> {
		const body = JSON.stringify({
			method: 'torrent-get',
			arguments: { fields: ['hashString', 'name', 'downloadDir', 'status', 'labels'] }
		});
		const first = await fetch(rpc, { method: 'POST', headers: { authorization }, body });
		const session = first.headers.get('x-transmission-session-id') ?? '';
		const answer = (await (
			await fetch(rpc, {
				method: 'POST',
				headers: { authorization, 'x-transmission-session-id': session },
				body
			})
		).json()) as {
			arguments: { torrents: { hashString: string; name: string; downloadDir: string; status: number }[] };
		};
		return answer.arguments.torrents.map((torrent) => ({ infohash: torrent.hashString, ...torrent }));
	}

	return {
		url: `http://${credentials}@127.0.0.1:${port}/transmission/rpc?${query}`,
		torrents,
		output: started.output,
		stop: async () => {
			await started.stop();
			await rm(dir, { recursive: true, force: true });
		}
	};
}

/** Deluge's config files: a format header, then the values (deluge/config.py). */
const delugeConfig = (file: number, values: object) =>
	`{"file": ${file}, "format": 1}${JSON.stringify(values)}`;

export async function startDeluge(query = 'paused=true'): Promise<Daemon> {
	const dir = await mkdtemp(join(tmpdir(), 'cft-deluge-'));
	const [daemonPort, webPort, peerPort] = [await freePort(), await freePort(), await freePort()];
	const daemonPassword = randomBytes(12).toString('hex');
	await writeFile(join(dir, 'auth'), `localclient:${daemonPassword}:10\n`, { mode: 0o600 });
	await writeFile(
		join(dir, 'core.conf'),
		delugeConfig(1, {
			daemon_port: daemonPort,
			allow_remote: false,
			listen_ports: [peerPort, peerPort],
			random_port: false,
			listen_interface: '127.0.0.1',
			outgoing_interface: 'lo',
			dht: false,
			upnp: false,
			natpmp: false,
			utpex: false,
			lsd: false,
			add_paused: true,
			new_release_check: false,
			download_location: join(dir, 'downloads'),
			enabled_plugins: ['Label']
		})
	);
	// deluge/ui/web/auth.py check_password: sha1(salt + password).
	const salt = randomBytes(20).toString('hex');
	const hostId = randomBytes(16).toString('hex');
	await writeFile(
		join(dir, 'web.conf'),
		delugeConfig(2, {
			pwd_salt: salt,
			pwd_sha1: createHash('sha1')
				.update(salt + PASSWORD)
				.digest('hex'),
			interface: '127.0.0.1',
			port: webPort,
			https: false,
			first_login: false,
			default_daemon: hostId
		})
	);
	await writeFile(
		join(dir, 'hostlist.conf'),
		delugeConfig(3, { hosts: [[hostId, '127.0.0.1', daemonPort, 'localclient', daemonPassword]] })
	);
	const daemon = run(
		PROGRAMS.deluged,
		['-d', '-c', dir, '-p', String(daemonPort), '-u', '127.0.0.1', '-L', 'warning'],
		dir
	);
	const web = run(
		PROGRAMS.delugeWeb,
		['-d', '-c', dir, '-p', String(webPort), '-i', '127.0.0.1', '--no-ssl', '-L', 'warning'],
		dir
	);
	const json = `http://127.0.0.1:${webPort}/json`;
	await waitFor(daemon, 'deluged', () => listening(daemonPort));
	await waitFor(
		web,
		'deluge-web',
		async () => (await fetch(json, { method: 'POST', body: '{}' })).status > 0
	);

	let id = 0;
	async function call(method: string, params: unknown[], cookie?: string) {
		const response = await fetch(json, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
			body: JSON.stringify({ method, params, id: ++id })
		});
		return {
			response,
			body: (await response.json()) as { result: unknown; error: { message: string } | null }
		};
	}

	async function torrents(): Promise<ListedTorrent[]> {
		const login = await call('auth.login', [PASSWORD]);
		const cookie = login.response.headers.getSetCookie()[0]?.split(';')[0];
		if (!cookie || login.body.result !== true) throw new Error('deluge-web refused the test login');
		if ((await call('web.connected', [], cookie)).body.result !== true)
			await call('web.connect', [hostId], cookie);
		const listed = await call(
			'core.get_torrents_status',
			[{}, ['hash', 'name', 'download_location', 'state', 'label']],
			cookie
		);
		if (listed.body.error) throw new Error(listed.body.error.message);
		return Object.values(listed.body.result as Record<string, { hash: string; name: string }>).map(
			(torrent) => ({
				infohash: torrent.hash,
				...torrent
			})
		);
	}

	return {
		url: `http://:${encodeURIComponent(PASSWORD)}@127.0.0.1:${webPort}/?${query}`,
		torrents,
		output: () => `${daemon.output()}\n${web.output()}`,
		stop: async () => {
			await Promise.all([web.stop(), daemon.stop()]);
			await rm(dir, { recursive: true, force: true });
		}
	};
}

export const installed = (program: string) => existsSync(program);

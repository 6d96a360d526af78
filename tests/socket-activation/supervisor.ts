// A stand-in for a systemd `.socket` with Accept=no, for tests: holds a listening socket and, whenever a
// connection waits while no service runs, starts the service with that socket as fd 3 (LISTEN_FDS=1,
// LISTEN_PID = the service's pid), as often as the service exits.
//
// Node accepts on every listening socket it polls, so the holder cannot be the test process itself: the
// test binds the socket, hands it to a holder process running this file, and closes its own copy. The
// holder never polls fd 3; a throwaway watcher does (a stream read on a listening socket fails with
// ENOTCONN exactly when a connection is pending), and exits when it fires.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type SupervisorEvent =
	| { type: 'ready'; at: number }
	| { type: 'start'; pid: number; at: number }
	| { type: 'exit'; pid: number; code: number | null; signal: string | null; at: number };

export interface SupervisorOptions {
	/** The service, e.g. [process.execPath, 'build']; it must exec node itself so its pid is node's. */
	command: string[];
	env: NodeJS.ProcessEnv;
	cwd: string;
	/** The port to hold, e.g. to bring a service back on the address a browser already knows; 0 (default): any free one. */
	port?: number;
}

export interface Supervisor {
	url: string;
	events: SupervisorEvent[];
	/** Resolves with the first event (already seen or still to come) that matches, after `since`. */
	next<T extends SupervisorEvent['type']>(
		type: T,
		since?: number,
		timeoutMs?: number
	): Promise<Extract<SupervisorEvent, { type: T }>>;
	/** The service's stdout and stderr so far. */
	output: () => string;
	close(): Promise<void>;
}

const WATCH = `
	const socket = new (require('node:net').Socket)({ fd: 3 });
	socket.on('error', () => process.exit(0));
	socket.on('end', () => process.exit(0));
`;

/** The holder process: fd 3 is the listening socket, argv the service's command. */
async function hold(command: string[]): Promise<void> {
	const report = (event: SupervisorEvent) => process.stdout.write(`${JSON.stringify(event)}\n`);
	let service: ChildProcess | undefined;
	let watcher: ChildProcess | undefined;
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		watcher?.kill('SIGKILL');
		if (service && service.exitCode === null && service.signalCode === null) {
			service.kill('SIGTERM');
			// A service that ignores SIGTERM must not outlive the tests.
			setTimeout(() => service?.kill('SIGKILL'), 5000).unref();
		}
	};
	process.on('SIGTERM', stop);
	// stdin is a pipe from the test process, never written: its end means the test process is gone.
	process.stdin.on('end', stop).on('error', stop).resume();
	report({ type: 'ready', at: Date.now() });
	while (!stopping) {
		watcher = spawn(process.execPath, ['-e', WATCH], { stdio: ['ignore', 'ignore', 2, 3] });
		await new Promise((resolve) => watcher?.once('exit', resolve));
		if (stopping) break;
		// `sh` execs the service in its own pid, so LISTEN_PID can name it before it starts.
		service = spawn('sh', ['-c', 'LISTEN_PID=$$ exec "$@"', 'sh', ...command], {
			stdio: ['ignore', 2, 2, 3],
			env: { ...process.env, LISTEN_FDS: '1' }
		});
		report({ type: 'start', pid: service.pid ?? 0, at: Date.now() });
		const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
			service?.once('exit', (code, signal) => resolve([code, signal]))
		);
		report({ type: 'exit', pid: service.pid ?? 0, code, signal, at: Date.now() });
	}
	process.exit(0);
}

/** Binds 127.0.0.1 on a free port (or the one named) and starts a holder process supervising `command` on it. */
export async function startSupervisor(options: SupervisorOptions): Promise<Supervisor> {
	const server = createServer();
	await new Promise<void>((resolve) =>
		server.listen({ host: '127.0.0.1', port: options.port ?? 0, backlog: 128 }, resolve)
	);
	const { port } = server.address() as { port: number };
	const fd = (server as unknown as { _handle: { fd: number } })._handle.fd;

	const holder = spawn(process.execPath, [fileURLToPath(import.meta.url), ...options.command], {
		cwd: options.cwd,
		env: options.env,
		stdio: ['pipe', 'pipe', 'pipe', fd]
	});
	// From here only the holder has the socket: the test process must not accept on it.
	await new Promise((resolve) => server.close(resolve));

	const events: SupervisorEvent[] = [];
	const waiters = new Set<() => void>();
	let output = '';
	holder.stderr?.on('data', (chunk) => (output += chunk));
	createInterface({ input: holder.stdout! }).on('line', (line) => {
		events.push(JSON.parse(line) as SupervisorEvent);
		for (const wake of waiters) wake();
	});
	const holderExit = new Promise<void>((resolve) => holder.once('exit', () => resolve()));

	const next: Supervisor['next'] = (type, since = 0, timeoutMs = 15_000) =>
		new Promise((resolve, reject) => {
			const find = () => events.find((event) => event.type === type && event.at >= since);
			const timer = setTimeout(() => {
				waiters.delete(check);
				reject(new Error(`no ${type} event within ${timeoutMs} ms; service output:\n${output}`));
			}, timeoutMs);
			const check = () => {
				const event = find();
				if (!event) return;
				clearTimeout(timer);
				waiters.delete(check);
				resolve(event as never);
			};
			waiters.add(check);
			check();
		});

	await next('ready');
	return {
		url: `http://127.0.0.1:${port}`,
		events,
		next,
		output: () => output,
		close: async () => {
			holder.kill('SIGTERM');
			await holderExit;
		}
	};
}

if (import.meta.main) await hold(process.argv.slice(2));

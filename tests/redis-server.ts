// Starts Debian's redis-server on a free loopback port for a test, with nothing written to disk.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './app-server.ts';

export const REDIS_SERVER = '/usr/bin/redis-server';
export const hasRedis = existsSync(REDIS_SERVER);
if (!hasRedis)
	console.warn(
		`${REDIS_SERVER} is absent (scripts/ensure-system-packages installs it): Redis tests are skipped`
	);

export interface RedisServer {
	url: string;
	stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
	const port = await freePort();
	const child = spawn(
		REDIS_SERVER,
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--protected-mode',
			'yes'
		],
		{ stdio: ['ignore', 'pipe', 'pipe'] }
	);
	let output = '';
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
		child.stdout.on('data', (chunk) => {
			output += chunk;
			if (output.includes('Ready to accept connections')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`redis-server exited with ${code}:\n${output}`));
		});
	});
	return {
		url: `redis://127.0.0.1:${port}`,
		stop: async () => {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

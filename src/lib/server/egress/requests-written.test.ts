// afterRequestsWritten against real requests to a local server, through a transport whose connections the
// test opens when it chooses: the work waits for every started request to be written, and no longer.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterRequestsWritten } from './requests-written.ts';
import { Transport, type ExchangeInit } from './transport.ts';

let server: Server;
let url: URL;
/** Answers held by the server until the test lets them go. */
let held: (() => void)[];

beforeEach(async () => {
	held = [];
	server = createServer((_request, response) => held.push(() => response.end('ok')));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterEach(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

const GET: ExchangeInit = { method: 'GET', headers: {}, signal: new AbortController().signal };

/** A transport whose connections open only once `open()` is called: its name resolves then. */
function gatedTransport() {
	let open!: () => void;
	const opened = new Promise<void>((resolve) => (open = resolve));
	const transport = new Transport({
		connections: 4,
		lookup: (_hostname, options, callback) =>
			void opened.then(() =>
				options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4)
			)
	});
	return { transport, open };
}

/** The same server, by a name that only the gated transport resolves. */
const byName = (path: string) => new URL(`http://gated.test:${url.port}${path}`);

/** A few turns of the event loop: enough for work scheduled on an immediate to have run. */
async function turns(count = 5): Promise<void> {
	for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as AddressInfo;
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

describe('afterRequestsWritten', () => {
	it('waits for every request started to be written, then runs once while their answers are held', async () => {
		const open = new Transport({ connections: 4 });
		const gated = gatedTransport();
		let ran = 0;
		afterRequestsWritten(() => ran++);
		const answers = [open.send(url, GET), gated.transport.send(byName('/gated'), GET)];
		while (held.length < 1) await turns(1);
		await turns();
		expect(ran).toBe(0);
		gated.open();
		while (held.length < 2 || ran === 0) await turns(1);
		for (const release of held) release();
		await Promise.all(answers.map(async (answer) => (await answer).body.resume()));
		await turns();
		expect(ran).toBe(1);
		open.close();
		gated.transport.close();
	});

	it('counts a request that fails before it is written as settled', async () => {
		const transport = new Transport({ connections: 4 });
		let ran = false;
		afterRequestsWritten(() => (ran = true));
		const refused = transport.send(new URL(`http://127.0.0.1:${await closedPort()}/`), GET);
		await expect(refused).rejects.toThrow();
		await turns();
		expect(ran).toBe(true);
		transport.close();
	});

	it('never runs once cancelled, and never without a request', async () => {
		const { transport, open } = gatedTransport();
		let ran = 0;
		const cancel = afterRequestsWritten(() => ran++);
		afterRequestsWritten(() => ran++)();
		const answer = transport.send(byName('/'), GET);
		cancel();
		open();
		while (held.length < 1) await turns(1);
		held[0]?.();
		(await answer).body.resume();
		await turns();
		expect(ran).toBe(0);
		transport.close();
	});
});

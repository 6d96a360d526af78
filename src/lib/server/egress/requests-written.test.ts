// afterRequestsWritten against real requests to a local server, through an Agent whose connections the
// test opens when it chooses: the work waits for every started request to be written, and no longer.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterRequestsWritten } from './requests-written.ts';
import { Agent, buildConnector, request } from './undici-parts.ts';

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

/** An Agent whose connections open only once `open()` is called. */
function gatedAgent() {
	let open!: () => void;
	const opened = new Promise<void>((resolve) => (open = resolve));
	const connect = buildConnector({});
	const agent = new Agent({
		connect: (options, callback) => void opened.then(() => connect(options, callback))
	});
	return { agent, open };
}

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
		const open = new Agent();
		const gated = gatedAgent();
		let ran = 0;
		afterRequestsWritten(() => ran++);
		const answers = [
			request(url, { method: 'GET', dispatcher: open }),
			request(new URL('/gated', url), { method: 'GET', dispatcher: gated.agent })
		];
		while (held.length < 1) await turns(1);
		await turns();
		expect(ran).toBe(0);
		gated.open();
		while (held.length < 2 || ran === 0) await turns(1);
		for (const release of held) release();
		await Promise.all(answers.map(async (answer) => (await answer).body.text()));
		await turns();
		expect(ran).toBe(1);
		await Promise.all([open.close(), gated.agent.close()]);
	});

	it('counts a request that fails before it is written as settled', async () => {
		const agent = new Agent();
		let ran = false;
		afterRequestsWritten(() => (ran = true));
		const refused = request(new URL(`http://127.0.0.1:${await closedPort()}/`), {
			method: 'GET',
			dispatcher: agent
		});
		await expect(refused).rejects.toThrow();
		await turns();
		expect(ran).toBe(true);
		await agent.close();
	});

	it('never runs once cancelled, and never without a request', async () => {
		const { agent, open } = gatedAgent();
		let ran = 0;
		const cancel = afterRequestsWritten(() => ran++);
		afterRequestsWritten(() => ran++)();
		const answer = request(url, { method: 'GET', dispatcher: agent });
		cancel();
		open();
		while (held.length < 1) await turns(1);
		held[0]?.();
		await (await answer).body.text();
		await turns();
		expect(ran).toBe(0);
		await agent.close();
	});
});

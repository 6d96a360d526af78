// A BEP 15 UDP tracker client: connect, then scrape many infohashes in one packet, or announce one to
// learn its peers. Packets go only to an address the caller has already judged; nothing here resolves.
import { createSocket, type Socket } from 'node:dgram';
import { randomBytes } from 'node:crypto';
import { countSettled } from '#lib/server/activity.ts';

const PROTOCOL_ID = 0x41727101980n;
const Action = { Connect: 0, Announce: 1, Scrape: 2, Error: 3 } as const;
type Action = (typeof Action)[keyof typeof Action];
/** BEP 15 lets a scrape carry about 74 infohashes before the packet outgrows common MTUs. */
export const MAX_UDP_SCRAPE = 70;

export interface SwarmCounts {
	seeders: number;
	leechers: number;
}

export interface Peer {
	address: string;
	port: number;
}

export interface UdpTarget {
	address: string;
	family: 4 | 6;
	port: number;
}

/** A tracker failed us; `silent` when it did not answer at all (no answer in time, nobody listening). */
export class TrackerError extends Error {
	override name = 'TrackerError';
	constructor(
		message: string,
		readonly silent = false
	) {
		super(message);
	}
}

/** One exchange with a tracker on its own socket, closed whatever happens (answer, error, abort). */
class UdpExchange {
	readonly #socket: Socket;
	#waiting: {
		transaction: number;
		resolve: (packet: Buffer) => void;
		reject: (error: Error) => void;
	} | null = null;
	#failure: Error | null = null;

	constructor(
		readonly target: UdpTarget,
		readonly signal: AbortSignal,
		readonly maxBytes: number
	) {
		this.#socket = createSocket(target.family === 6 ? 'udp6' : 'udp4');
		this.#socket.on('message', (packet, from) => this.#onPacket(packet, from.address, from.port));
		// A socket error on a connected-less UDP socket is the port refusing (ICMP): nobody is there.
		this.#socket.on('error', (error) => this.#fail(new TrackerError(error.message, true)));
		signal.addEventListener('abort', this.#onAbort, { once: true });
		if (signal.aborted) this.#onAbort();
	}

	#onAbort = (): void =>
		this.#fail(
			this.signal.reason?.name === 'TimeoutError'
				? new TrackerError('no answer in time', true)
				: new TrackerError('aborted')
		);

	#fail(error: Error): void {
		this.#failure ??= error;
		this.#waiting?.reject(error);
		this.#waiting = null;
	}

	#onPacket(packet: Buffer, address: string, port: number): void {
		// Only the tracker we asked may answer, and only the transaction we are waiting for.
		if (address !== this.target.address || port !== this.target.port || !this.#waiting) return;
		if (packet.length < 8 || packet.length > this.maxBytes) return;
		if (packet.readUInt32BE(4) !== this.#waiting.transaction) return;
		const { resolve, reject } = this.#waiting;
		this.#waiting = null;
		if (packet.readUInt32BE(0) === Action.Error) {
			reject(new TrackerError(`tracker says: ${packet.subarray(8).toString('utf8').slice(0, 200)}`));
		} else {
			resolve(packet);
		}
	}

	/**
	 * Sends a request and waits for its answer (or the exchange's abort), sending it once more after
	 * `resendMs`: UDP may lose a packet, and BEP 15's own 15 s retry schedule is far longer than a search.
	 */
	async ask(build: (transaction: number) => Buffer, action: Action, resendMs: number): Promise<Buffer> {
		if (this.#failure) throw this.#failure;
		const transaction = randomBytes(4).readUInt32BE(0);
		const packet = build(transaction);
		let resend: ReturnType<typeof setTimeout> | undefined;
		try {
			const answer = await new Promise<Buffer>((resolve, reject) => {
				this.#waiting = { transaction, resolve, reject };
				const send = () =>
					this.#socket.send(packet, this.target.port, this.target.address, (error) => {
						if (error) this.#fail(error);
					});
				send();
				resend = setTimeout(send, resendMs);
			});
			if (answer.readUInt32BE(0) !== action) throw new TrackerError('answer of another kind');
			return answer;
		} finally {
			clearTimeout(resend);
		}
	}

	close(): void {
		this.signal.removeEventListener('abort', this.#onAbort);
		this.#fail(new TrackerError('closed'));
		this.#socket.close();
	}
}

function header(connection: bigint, action: Action, transaction: number, extra: number): Buffer {
	const packet = Buffer.alloc(16 + extra);
	packet.writeBigUInt64BE(connection, 0);
	packet.writeUInt32BE(action, 8);
	packet.writeUInt32BE(transaction, 12);
	return packet;
}

async function connect(exchange: UdpExchange, resendMs: number): Promise<bigint> {
	const answer = await exchange.ask(
		(transaction) => header(PROTOCOL_ID, Action.Connect, transaction, 0),
		Action.Connect,
		resendMs
	);
	if (answer.length < 16) throw new TrackerError('short connect answer');
	return answer.readBigUInt64BE(8);
}

export interface UdpOptions {
	signal: AbortSignal;
	/** Budget of the whole exchange: connect, then scrape or announce. */
	timeoutMs: number;
}

async function withExchange<T>(
	target: UdpTarget,
	options: UdpOptions,
	run: (exchange: UdpExchange) => Promise<T>
): Promise<T> {
	const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)]);
	const exchange = new UdpExchange(target, signal, 64 * 1024);
	try {
		return await run(exchange);
	} finally {
		exchange.close();
	}
}

/** Scrapes up to MAX_UDP_SCRAPE infohashes (40 hex) at once; the answer keeps their order. */
export function udpScrape(
	target: UdpTarget,
	infohashes: string[],
	options: UdpOptions
): Promise<SwarmCounts[]> {
	const hashes = infohashes.slice(0, MAX_UDP_SCRAPE);
	const scraping = withExchange(target, options, async (exchange) => {
		const connection = await connect(exchange, options.timeoutMs / 4);
		const answer = await exchange.ask(
			(transaction) => {
				const packet = header(connection, Action.Scrape, transaction, 20 * hashes.length);
				hashes.forEach((hash, index) => packet.write(hash, 16 + 20 * index, 'hex'));
				return packet;
			},
			Action.Scrape,
			options.timeoutMs / 4
		);
		if (answer.length < 8 + 12 * hashes.length) throw new TrackerError('short scrape answer');
		// Per infohash: seeders, completed, leechers.
		return hashes.map((_, index) => ({
			seeders: answer.readUInt32BE(8 + 12 * index),
			leechers: answer.readUInt32BE(8 + 12 * index + 8)
		}));
	});
	return countSettled('swarm_scrapes', { protocol: 'udp' }, scraping);
}

export interface Announced extends SwarmCounts {
	peers: Peer[];
}

/** Peers in compact form: 4 (IPv4) or 16 (IPv6) address bytes, then a 2-byte port. */
export function compactPeers(bytes: Uint8Array, family: 4 | 6): Peer[] {
	const size = family === 4 ? 6 : 18;
	const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const peers: Peer[] = [];
	for (let at = 0; at + size <= buffer.length; at += size) {
		const address =
			family === 4
				? [...buffer.subarray(at, at + 4)].join('.')
				: (
						buffer
							.subarray(at, at + 16)
							.toString('hex')
							.match(/..../g) as string[]
					).join(':');
		const port = buffer.readUInt16BE(at + size - 2);
		if (port > 0) peers.push({ address, port });
	}
	return peers;
}

/** `started` joins the swarm as a peer that still needs the torrent, so the tracker lists seeders; `stopped` leaves it. */
export type AnnounceEvent = 'started' | 'stopped';
const EVENT_IDS: Record<AnnounceEvent, number> = { started: 2, stopped: 3 };

/** Announces one infohash and reads the peers listed: IPv4 from an IPv4 tracker, IPv6 from an IPv6 one (BEP 15). */
export function udpAnnounce(
	target: UdpTarget,
	infohash: string,
	peerId: Buffer,
	options: UdpOptions & { numWant: number; event: AnnounceEvent }
): Promise<Announced> {
	return withExchange(target, options, async (exchange) => {
		const connection = await connect(exchange, options.timeoutMs / 4);
		const answer = await exchange.ask(
			(transaction) => {
				const packet = header(connection, Action.Announce, transaction, 82);
				packet.write(infohash, 16, 'hex');
				peerId.copy(packet, 36, 0, 20);
				packet.writeBigUInt64BE(0n, 56); // downloaded
				packet.writeBigUInt64BE(16_384n, 64); // left: not complete, so seeders are listed
				packet.writeBigUInt64BE(0n, 72); // uploaded
				packet.writeUInt32BE(EVENT_IDS[options.event], 80);
				packet.writeUInt32BE(0, 84); // ip: the sender's
				packet.writeUInt32BE(randomBytes(4).readUInt32BE(0), 88); // key
				packet.writeInt32BE(options.numWant, 92);
				packet.writeUInt16BE(6881, 96);
				return packet;
			},
			Action.Announce,
			options.timeoutMs / 4
		);
		if (answer.length < 20) throw new TrackerError('short announce answer');
		return {
			leechers: answer.readUInt32BE(12),
			seeders: answer.readUInt32BE(16),
			peers: compactPeers(answer.subarray(20), target.family)
		};
	});
}

// A real swarm on loopback for the tests: bittorrent-tracker's server (UDP and HTTP, scrape and
// announce), peers that serve metadata with bittorrent-protocol + ut_metadata, and canary listeners that
// count every packet and connection that reaches them.
import { createSocket } from 'node:dgram';
import { createServer, type Server as TcpServer, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { Server as TrackerServer } from 'bittorrent-tracker';
import Wire from 'bittorrent-protocol';
import utMetadata from 'ut_metadata';
import { decodeWithSpans } from '#lib/server/bencode/bencode.ts';
import { readTorrent } from '#lib/server/bencode/torrent.ts';

export interface LoopbackTracker {
	udpUrl: string;
	httpUrl: string;
	/** Registers a peer for an infohash, as a seeder unless `left` says otherwise. */
	announce(infohash: string, peer: { ip: string; port: number; left?: number }): Promise<void>;
	close(): Promise<void>;
}

function percentHex(hex: string): string {
	return hex.replace(/../g, (pair) => `%${pair}`);
}

export async function startTracker(): Promise<LoopbackTracker> {
	// trustProxy: the tests announce peers on other loopback addresses through X-Forwarded-For.
	const server = new TrackerServer({ udp: true, http: true, ws: false, stats: false, trustProxy: true });
	const listening = once(server, 'listening');
	server.listen({ http: 0, udp: 0 }, { http: '127.0.0.1', udp: '127.0.0.1', udp6: '::1' });
	await listening;
	const httpPort = (server.http.address() as { port: number }).port;
	const udpPort = (server.udp4.address() as { port: number }).port;
	const httpUrl = `http://127.0.0.1:${httpPort}/announce`;
	return {
		udpUrl: `udp://127.0.0.1:${udpPort}`,
		httpUrl,
		async announce(infohash, { ip, port, left = 0 }) {
			const peerId = randomBytes(20).toString('hex');
			const query = `info_hash=${percentHex(infohash)}&peer_id=${percentHex(peerId)}&port=${port}&left=${left}&uploaded=0&downloaded=0&compact=1&event=started`;
			const response = await fetch(`${httpUrl}?${query}`, { headers: { 'x-forwarded-for': ip } });
			const body = Buffer.from(await response.arrayBuffer()).toString('latin1');
			if (!response.ok || body.includes('failure reason')) throw new Error(`announce failed: ${body}`);
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

export interface LoopbackTorrent {
	infohash: string;
	/** The exact `info` bytes. */
	info: Uint8Array;
	name: string;
	size: number;
	files: { path: string; size: number }[];
}

/** Reads a real .torrent (e.g. from webtorrent-fixtures) into what a seeder serves and a test expects. */
export function loopbackTorrent(bytes: Uint8Array): LoopbackTorrent {
	const read = readTorrent(bytes);
	const span = decodeWithSpans(bytes).spans.get('info');
	if (!read.ok || !span) throw new Error('not a torrent');
	const torrent = read.value;
	return {
		infohash: torrent.infohash,
		info: bytes.subarray(span.start, span.end),
		name: torrent.name ?? '',
		size: torrent.size,
		files: torrent.files.map((file) => ({ path: file.path, size: file.length }))
	};
}

export interface MetadataPeer {
	port: number;
	/** Connections it has accepted. */
	connections: number;
	close(): Promise<void>;
}

/**
 * A peer that answers any infohash with these `info` bytes over ut_metadata: the right bytes make an
 * honest seeder, another torrent's make a peer whose metadata lies.
 */
export async function startMetadataPeer(info: Uint8Array, host = '127.0.0.1'): Promise<MetadataPeer> {
	const sockets = new Set<Socket>();
	const peer = { port: 0, connections: 0, close: async () => {} };
	const server: TcpServer = createServer((socket) => {
		peer.connections++;
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
		socket.on('error', () => {});
		const wire = new Wire();
		wire.on('error', () => {});
		socket.pipe(wire).pipe(socket);
		wire.use(utMetadata(info));
		wire.on('handshake', (infohash: string) => wire.handshake(infohash, randomBytes(20), { dht: false }));
	});
	server.listen(0, host);
	await once(server, 'listening');
	peer.port = (server.address() as { port: number }).port;
	peer.close = async () => {
		for (const socket of sockets) socket.destroy();
		await new Promise((resolve) => server.close(resolve));
	};
	return peer;
}

export interface Canary {
	port: number;
	/** UDP datagrams plus TCP connections received. */
	hits: number;
	close(): Promise<void>;
}

/** A UDP and a TCP listener on the same port: anything that reaches either is counted. */
export async function startCanary(host = '127.0.0.1'): Promise<Canary> {
	const tcp = createServer((socket) => {
		canary.hits++;
		socket.destroy();
	});
	tcp.listen(0, host);
	await once(tcp, 'listening');
	const port = (tcp.address() as { port: number }).port;
	const udp = createSocket(host.includes(':') ? 'udp6' : 'udp4');
	udp.on('message', () => canary.hits++);
	udp.bind(port, host);
	await once(udp, 'listening');
	const canary: Canary = {
		port,
		hits: 0,
		close: async () => {
			udp.close();
			await new Promise((resolve) => tcp.close(resolve));
		}
	};
	return canary;
}

type Bencodable = number | string | Uint8Array | Bencodable[] | { [key: string]: Bencodable };

/** Bencode for the synthetic torrents below (keys sorted, as BEP 3 requires). */
function bencode(value: Bencodable): Buffer {
	if (typeof value === 'number') return Buffer.from(`i${value}e`);
	if (typeof value === 'string' || value instanceof Uint8Array) {
		const bytes = Buffer.from(value);
		return Buffer.concat([Buffer.from(`${bytes.length}:`), bytes]);
	}
	if (Array.isArray(value)) return Buffer.concat([Buffer.from('l'), ...value.map(bencode), Buffer.from('e')]);
	const keys = Object.keys(value).sort();
	return Buffer.concat([
		Buffer.from('d'),
		...keys.flatMap((key) => [bencode(key), bencode(value[key] as Bencodable)]),
		Buffer.from('e')
	]);
}

/** A multi-file torrent written for a test (e.g. a season pack): its name, then each file's path and size. */
export function syntheticTorrent(name: string, files: { path: string[]; length: number }[]): LoopbackTorrent {
	const pieceLength = 4 * 1024 * 1024;
	const total = files.reduce((sum, file) => sum + file.length, 0);
	const pieces = randomBytes(20 * Math.ceil(total / pieceLength));
	return loopbackTorrent(
		bencode({
			info: { name, 'piece length': pieceLength, pieces, files: files.map((file) => ({ ...file })) }
		})
	);
}

// Fetches a torrent's `info` dictionary from one peer (BEP 9 ut_metadata over the BEP 10 extension
// protocol) and keeps it only when its SHA-1 is the infohash: a peer can claim anything.
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import type Wire from 'bittorrent-protocol';
import { readTorrent, type TorrentInfo } from '#lib/server/bencode/torrent.ts';
import { isForbiddenAddress, type Allowlist } from '#lib/server/egress/index.ts';
import type { Peer } from './udp-tracker.ts';
import type { Outcome } from '#lib/outcome.ts';

export type MetadataOutcome = Outcome<TorrentInfo>;

export interface MetadataOptions {
	allowlist: Allowlist;
	signal: AbortSignal;
	timeoutMs: number;
	/** Bytes this peer may send before it is dropped: ut_metadata alone would accept 10 MB, and retries. */
	maxBytes: number;
	peerId: Buffer;
}

/** A peer id in the Azureus style BEP 20 describes: client tag, then random bytes. */
export function newPeerId(): Buffer {
	return Buffer.concat([Buffer.from('-CF0200-'), randomBytes(12)]);
}

let wireLibraries: Promise<[typeof import('bittorrent-protocol'), typeof import('ut_metadata')]> | undefined;

/** The wire libraries load with the first metadata fetch, not with the search: cold starts stay short. */
function loadWireLibraries() {
	wireLibraries ??= Promise.all([import('bittorrent-protocol'), import('ut_metadata')]);
	return wireLibraries;
}

/** The info bytes wrapped as a torrent, so the one .torrent reader hashes and reads them. */
function readInfo(info: Uint8Array, infohash: string): MetadataOutcome {
	const wrapped = Buffer.concat([Buffer.from('d4:info'), info, Buffer.from('e')]);
	const read = readTorrent(wrapped);
	if (!read.ok) return { ok: false, error: `metadata unreadable: ${read.error}` };
	if (read.value.infohash !== infohash) return { ok: false, error: 'metadata does not match the infohash' };
	return read;
}

export async function fetchMetadata(
	peer: Peer,
	infohash: string,
	options: MetadataOptions
): Promise<MetadataOutcome> {
	// Peer addresses come from trackers' answers: judged like any untrusted address, before connecting.
	if (isForbiddenAddress(peer.address, options.allowlist)) {
		return { ok: false, error: `${peer.address} is a private or reserved address` };
	}
	if (options.signal.aborted) return { ok: false, error: 'aborted' };
	const [{ default: WireProtocol }, { default: utMetadata }] = await loadWireLibraries();
	if (options.signal.aborted) return { ok: false, error: 'aborted' };

	return new Promise((resolve) => {
		// The exchange is a few small messages each way (handshake, extended handshake, requests): Nagle's
		// algorithm would hold each behind the peer's delayed ACK, tens of ms a message.
		const socket = connect({ host: peer.address, port: peer.port, noDelay: true });
		const wire = new WireProtocol('tcpOutgoing');
		let received = 0;
		let settled = false;

		const finish = (outcome: MetadataOutcome) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			options.signal.removeEventListener('abort', onAbort);
			wire.destroy();
			socket.destroy();
			resolve(outcome);
		};
		const onAbort = () => finish({ ok: false, error: 'aborted' });
		const timer = setTimeout(() => finish({ ok: false, error: 'no metadata in time' }), options.timeoutMs);
		options.signal.addEventListener('abort', onAbort, { once: true });

		socket.on('data', (chunk: Buffer) => {
			received += chunk.length;
			if (received > options.maxBytes) finish({ ok: false, error: 'peer sent too much' });
		});
		socket.on('error', (error) => finish({ ok: false, error: error.message }));
		socket.on('close', () => finish({ ok: false, error: 'peer closed the connection' }));
		wire.on('error', (error: Error) => finish({ ok: false, error: error.message }));
		socket.pipe(wire).pipe(socket);

		wire.use(utMetadata());
		const extension = wire.ut_metadata as NonNullable<Wire['ut_metadata']>;
		extension.fetch();
		extension.on('warning', (error: Error) => finish({ ok: false, error: error.message }));
		extension.on('metadata', () => {
			// ut_metadata has checked the SHA-1 already; ours re-reads the exact bytes it checked.
			const info = extension.metadata;
			finish(info ? readInfo(info, infohash) : { ok: false, error: 'no metadata' });
		});
		wire.handshake(infohash, options.peerId, { dht: false });
	});
}

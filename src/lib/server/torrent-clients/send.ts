// Sends one magnet to one of the operator's torrent clients: the single core behind POST /api/send and the
// no-JavaScript form. Failures are values that say which client and why; none of them ends the process.
import { countActivity } from '#lib/server/activity.ts';
import { config } from '#lib/server/config.ts';
import { buildMagnet, magnetKey, MAX_MAGNET_LENGTH, parseMagnet } from '#lib/server/magnet/magnet.ts';
import { SendFailure, deadline } from './client-http.ts';
import type { ClientKind, TorrentClient } from './client-list.ts';
import { deluge } from './deluge.ts';
import type { ClientProtocol } from './protocol.ts';
import { qbittorrent } from './qbittorrent.ts';
import { transmission } from './transmission.ts';

export type SendResult =
	| { ok: true; client: string; infohash: string; added: boolean }
	| { ok: false; status: 400 | 403 | 404 | 429 | 502; error: string };

const PROTOCOLS: Record<ClientKind, (client: TorrentClient) => ClientProtocol> = {
	qbittorrent,
	transmission,
	deluge
};

const NAMES: Record<ClientKind, string> = {
	qbittorrent: 'qBittorrent',
	transmission: 'Transmission',
	deluge: 'Deluge'
};

const protocols = new Map<string, ClientProtocol>();

export async function sendMagnet(
	input: { magnet: string; client?: string | null },
	options: { signal?: AbortSignal; clients?: TorrentClient[] } = {}
): Promise<SendResult> {
	const clients = options.clients ?? config.torrentClients;
	if (clients.length === 0) return { ok: false, status: 404, error: 'no torrent client is configured' };
	const client = input.client ? clients.find((known) => known.label === input.client) : clients[0];
	if (!client)
		return { ok: false, status: 404, error: `no torrent client is called ${JSON.stringify(input.client)}` };

	const parsed = input.magnet.length <= MAX_MAGNET_LENGTH ? parseMagnet(input.magnet) : null;
	if (!parsed || !input.magnet.trim().startsWith('magnet:'))
		return { ok: false, status: 400, error: 'magnet must be a magnet link with a BitTorrent infohash' };
	const infohash = magnetKey(parsed);
	const magnet = buildMagnet(parsed);

	let protocol = protocols.get(client.label);
	if (!protocol) protocols.set(client.label, (protocol = PROTOCOLS[client.kind](client)));
	try {
		const { added } = await protocol.add(magnet, infohash, deadline(options.signal));
		countActivity('sends', { outcome: added ? 'added' : 'present' });
		return { ok: true, client: client.label, infohash, added };
	} catch (error) {
		countActivity('sends', { outcome: 'failed' });
		if (!(error instanceof SendFailure)) throw error;
		const message = `${client.label} (${NAMES[client.kind]}) ${error.message}`;
		console.warn(`send to ${message}`);
		return { ok: false, status: 502, error: message };
	}
}

// The operator's torrent clients as pages and GET /api/clients may show them: labels and kinds, never an
// address or a credential. Apart from send.ts so that pages load no client protocol.
import { config } from '#lib/server/config.ts';
import type { ClientSummary, TorrentClient } from './client-list.ts';

export function listClients(clients: TorrentClient[] = config.torrentClients): ClientSummary[] {
	return clients.map(({ label, kind }) => ({ label, kind }));
}

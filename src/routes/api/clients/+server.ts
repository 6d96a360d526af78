// GET /api/clients: the torrent clients results can be sent to, by label and kind only (never an address
// or a credential), in the operator's order; the first is the default.
import { json } from '@sveltejs/kit';
import { listClients } from '#lib/server/torrent-clients/list-clients.ts';

export function GET() {
	return json(listClients(), { headers: { 'cache-control': 'no-store' } });
}

// GET /api/engines: every engine this server offers, whether it is on by default, and any suspension.
import { json } from '@sveltejs/kit';
import { listEngines } from '#lib/server/search/engine-list.ts';

export async function GET() {
	return json(await listEngines(), { headers: { 'cache-control': 'no-store' } });
}

// GET /api/engines: every engine this server offers, whether it is on by default, and any suspension.
import { json } from '@sveltejs/kit';
import { listEngines } from '#lib/server/search/engine-list.ts';

export function GET() {
	return json(listEngines(), { headers: { 'cache-control': 'no-store' } });
}

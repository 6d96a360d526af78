// Liveness for supervisors and proxies: answers from memory, never reaches out.
import { json } from '@sveltejs/kit';
import { version } from '$app/env';

export function GET() {
	return json({ status: 'ok', version }, { headers: { 'cache-control': 'no-store' } });
}

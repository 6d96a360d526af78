// Transmission's RPC: basic auth, the X-Transmission-Session-Id handshake (a 409 hands out the id to
// repeat), then torrent-add; a category becomes the torrent's label with torrent-set (RPC 16, 3.00+).
import { z } from '#lib/zod.ts';
import { readJson } from '#lib/server/read-json.ts';
import {
	SendFailure,
	basicAuthorization,
	excerpt,
	exchange,
	secretSpellings,
	under,
	type Deadline
} from './client-http.ts';
import type { TorrentClient } from './client-list.ts';
import type { ClientProtocol } from './protocol.ts';

const SESSION_HEADER = 'x-transmission-session-id';

const RpcAnswer = z.object({
	result: z.string(),
	arguments: z.optional(z.record(z.string(), z.unknown()))
});

export function transmission(client: TorrentClient): ClientProtocol {
	const secrets = secretSpellings(client.username, client.password);
	// The documented default path when the URL names none.
	const rpcUrl = client.url.pathname === '/' ? under(client.url, '/transmission/rpc') : client.url.href;
	const authorization =
		client.username || client.password ? basicAuthorization(client.username, client.password) : null;
	let session = '';

	async function call(method: string, args: Record<string, unknown>, by: Deadline) {
		for (let attempt = 0; ; attempt++) {
			const answer = await exchange(
				{
					url: rpcUrl,
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						accept: 'application/json',
						[SESSION_HEADER]: session,
						...(authorization ? { authorization } : {})
					},
					body: JSON.stringify({ method, arguments: args })
				},
				by
			);
			// libtransmission/rpc-server.c: 409 carries the session id to use; ask once more with it.
			if (answer.status === 409 && attempt === 0 && answer.headers.get(SESSION_HEADER)) {
				session = answer.headers.get(SESSION_HEADER) ?? '';
				continue;
			}
			if (answer.status === 401) throw new SendFailure('refused the user name or password');
			if (answer.status === 403) throw new SendFailure("refused this server's address (its rpc-whitelist)");
			if (answer.status === 404) throw new SendFailure('has no RPC at this address');
			if (answer.status !== 200) throw new SendFailure(`answered HTTP ${answer.status}`);
			const parsed = readJson(answer.body, RpcAnswer);
			if (!parsed) throw new SendFailure(`answered ${excerpt(answer.body, secrets)}`);
			if (parsed.result !== 'success') throw new SendFailure(`rejected the torrent (${parsed.result})`);
			return parsed.arguments ?? {};
		}
	}

	return {
		async add(magnet, infohash, by) {
			const { category, savePath, paused } = client.options;
			const args: Record<string, unknown> = { filename: magnet };
			if (savePath) args['download-dir'] = savePath;
			if (paused !== null) args.paused = paused;
			const added = await call('torrent-add', args, by);
			const duplicate = 'torrent-duplicate' in added;
			if (category && !duplicate) await call('torrent-set', { ids: [infohash], labels: [category] }, by);
			return { added: !duplicate };
		}
	};
}

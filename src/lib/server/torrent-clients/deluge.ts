// Deluge's Web JSON-RPC (deluge-web, /json): log in with its password, make sure the web UI is connected
// to a daemon (connecting it to the first in its host list if not), then core.add_torrent_magnet; a
// category becomes a label through the Label plugin.
import { z } from '#lib/zod.ts';
import { readJson } from '#lib/server/read-json.ts';
import {
	SendFailure,
	excerpt,
	exchange,
	firstCookie,
	secretSpellings,
	under,
	type Deadline
} from './client-http.ts';
import type { TorrentClient } from './client-list.ts';
import type { ClientProtocol } from './protocol.ts';

const JsonAnswer = z.object({
	result: z.unknown(),
	error: z.nullable(z.object({ message: z.string() }))
});

class RpcError extends Error {}

export function deluge(client: TorrentClient): ClientProtocol {
	const jsonUrl = client.url.pathname.endsWith('/json') ? client.url.href : under(client.url, '/json');
	// deluge-web has one password and no user: either half of the URL's credentials may hold it.
	const password = client.password || client.username;
	// Its answers are only ever quoted through excerpt, which never repeats these.
	const secrets = secretSpellings('', password);
	let cookie: string | null = null;
	let id = 0;

	async function call(method: string, params: unknown[], by: Deadline): Promise<unknown> {
		const answer = await exchange(
			{
				url: jsonUrl,
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					accept: 'application/json',
					...(cookie ? { cookie } : {})
				},
				body: JSON.stringify({ method, params, id: ++id })
			},
			by
		);
		if (answer.status === 404) throw new SendFailure('has no Web JSON-RPC at this address');
		if (answer.status !== 200) throw new SendFailure(`answered HTTP ${answer.status}`);
		const parsed = readJson(answer.body, JsonAnswer);
		if (!parsed) throw new SendFailure(`answered ${excerpt(answer.body, secrets)}`);
		if (parsed.error) throw new RpcError(parsed.error.message);
		if (method === 'auth.login') cookie = firstCookie(answer.headers) ?? cookie;
		return parsed.result;
	}

	async function connected(by: Deadline): Promise<void> {
		// An expired session answers "Not authenticated" (deluge/ui/web/json_api.py).
		let isConnected: unknown;
		try {
			isConnected = cookie ? await call('web.connected', [], by) : null;
		} catch (error) {
			if (!(error instanceof RpcError)) throw error;
		}
		if (isConnected === null || isConnected === undefined) {
			if ((await call('auth.login', [password], by)) !== true) throw new SendFailure('refused the password');
			isConnected = await call('web.connected', [], by);
		}
		if (isConnected === true) return;
		const hosts = await call('web.get_hosts', [], by);
		const first = Array.isArray(hosts) && Array.isArray(hosts[0]) ? hosts[0][0] : null;
		if (typeof first !== 'string') throw new SendFailure('has no Deluge daemon in its connection manager');
		await call('web.connect', [first], by);
		if ((await call('web.connected', [], by)) !== true)
			throw new SendFailure('cannot connect its web UI to the Deluge daemon');
	}

	async function setLabel(torrentId: string, label: string, by: Deadline): Promise<void> {
		// The Label plugin keeps labels lowercase and refuses to add one twice.
		const name = label.toLowerCase();
		try {
			const labels = await call('label.get_labels', [], by);
			if (!Array.isArray(labels) || !labels.includes(name)) await call('label.add', [name], by);
			await call('label.set_torrent', [torrentId, name], by);
		} catch (error) {
			if (error instanceof RpcError)
				throw new SendFailure(
					`added the torrent but could not label it (is the Label plugin on? ${excerpt(error.message, secrets)})`
				);
			throw error;
		}
	}

	return {
		async add(magnet, _infohash, by) {
			try {
				return await addMagnet(magnet, by);
			} catch (error) {
				// An RPC error no step expected is still the client's answer: said, never thrown as a bug.
				if (error instanceof RpcError) throw new SendFailure(`answered ${excerpt(error.message, secrets)}`);
				throw error;
			}
		}
	};

	async function addMagnet(magnet: string, by: Deadline): Promise<{ added: boolean }> {
		await connected(by);
		const { category, savePath, paused } = client.options;
		const options: Record<string, unknown> = {};
		if (savePath) options.download_location = savePath;
		if (paused !== null) options.add_paused = paused;
		let torrentId: unknown;
		try {
			torrentId = await call('core.add_torrent_magnet', [magnet, options], by);
		} catch (error) {
			if (!(error instanceof RpcError)) throw error;
			// deluge/core/core.py: AddTorrentError "Torrent already in session (<id>)."
			if (/already in session/i.test(error.message)) return { added: false };
			throw new SendFailure(`rejected the torrent (${excerpt(error.message, secrets)})`);
		}
		if (typeof torrentId !== 'string') throw new SendFailure('did not add the torrent');
		if (category) await setLabel(torrentId, category, by);
		return { added: true };
	}
}

// qBittorrent's WebUI API v2: log in for an SID cookie, ask whether the torrent is there, add the magnet.
// Its CSRF check compares Origin/Referer with its own host when they are sent, so neither is sent.
import { SendFailure, excerpt, exchange, firstCookie, under, type Deadline } from './client-http.ts';
import type { TorrentClient } from './client-list.ts';
import type { ClientProtocol } from './protocol.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/plain, application/json' };

export function qbittorrent(client: TorrentClient): ClientProtocol {
	// Kept while the process lives: a socket-activated process often sends more than once before idling.
	let cookie: string | null = null;

	async function logIn(by: Deadline): Promise<void> {
		const answer = await exchange(
			{
				url: under(client.url, '/api/v2/auth/login'),
				method: 'POST',
				headers: FORM,
				body: new URLSearchParams({ username: client.username, password: client.password }).toString()
			},
			by
		);
		// src/webui/api/authcontroller.cpp: "Fails." for wrong credentials, 403 once the address is banned.
		if (answer.status === 403)
			throw new SendFailure(
				'refused the login: too many failed attempts from this server, it is banned for now'
			);
		if (answer.status !== 200) throw new SendFailure(`answered the login with HTTP ${answer.status}`);
		if (answer.body.trim() !== 'Ok.') throw new SendFailure('refused the user name or password');
		cookie = firstCookie(answer.headers);
	}

	/** A request with the session, logging in first or again when the session is missing or expired. */
	async function authed(path: string, body: URLSearchParams | null, by: Deadline, query = '') {
		for (let attempt = 0; ; attempt++) {
			if (cookie === null && attempt === 0 && client.username !== '') await logIn(by);
			const answer = await exchange(
				{
					url: `${under(client.url, path)}${query}`,
					method: body ? 'POST' : 'GET',
					headers: { ...FORM, ...(cookie ? { cookie } : {}) },
					body: body?.toString()
				},
				by
			);
			if (answer.status !== 403 || attempt > 0) return answer;
			cookie = null;
			await logIn(by);
		}
	}

	return {
		async add(magnet, infohash, by) {
			const listed = await authed('/api/v2/torrents/info', null, by, `?hashes=${infohash}`);
			if (listed.status === 403) throw new SendFailure('refused the session after logging in');
			if (listed.status === 404) throw new SendFailure('has no WebUI API v2 at this address');
			if (listed.status !== 200) throw new SendFailure(`answered HTTP ${listed.status}`);
			if (listsTorrent(listed.body)) return { added: false };

			const form = new URLSearchParams({ urls: magnet });
			const { category, savePath, paused } = client.options;
			if (category) form.set('category', category);
			if (savePath) form.set('savepath', savePath);
			// qBittorrent 5 renamed `paused` to `stopped`; each version ignores the other's name.
			if (paused !== null) {
				form.set('paused', String(paused));
				form.set('stopped', String(paused));
			}
			const answer = await authed('/api/v2/torrents/add', form, by);
			if (answer.status === 415) throw new SendFailure('rejected the torrent as invalid');
			if (answer.status !== 200) throw new SendFailure(`answered HTTP ${answer.status} to the torrent`);
			const text = answer.body.trim();
			// "Ok." / "Fails." before WebAPI 2.11.4; JSON counts after (WebAPI_Changelog.md).
			if (
				text === 'Ok.' ||
				/"success_count"\s*:\s*[1-9]/.test(text) ||
				/"pending_count"\s*:\s*[1-9]/.test(text)
			)
				return { added: true };
			throw new SendFailure(`rejected the torrent (${excerpt(text)})`);
		}
	};
}

/** Whether torrents/info answered a non-empty list. */
function listsTorrent(body: string): boolean {
	try {
		const list: unknown = JSON.parse(body);
		return Array.isArray(list) && list.length > 0;
	} catch {
		throw new SendFailure(`answered the torrent list with ${excerpt(body)}`);
	}
}

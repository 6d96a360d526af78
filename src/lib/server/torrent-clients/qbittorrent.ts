// qBittorrent's WebUI API v2: log in for an SID cookie, ask whether the torrent is there, add the magnet.
// Its CSRF check compares Origin/Referer with its own host when they are sent, so neither is sent.
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

const FORM = { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/plain, application/json' };

/** `/torrents/info?hashes=…`: the torrents with that hash, so empty or one. */
const TorrentList = z.array(z.unknown());
/** What `/torrents/add` answers from WebAPI 2.11.4 on (WebAPI_Changelog.md); "Ok." before. */
const AddCounts = z.object({
	success_count: z.optional(z.number()),
	pending_count: z.optional(z.number())
});

export function qbittorrent(client: TorrentClient): ClientProtocol {
	const secrets = secretSpellings(client.username, client.password);
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
			if (listsTorrent(listed.body, secrets)) return { added: false };

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
			const counts = text === 'Ok.' ? null : readJson(text, AddCounts);
			if (text === 'Ok.' || (counts?.success_count ?? 0) > 0 || (counts?.pending_count ?? 0) > 0)
				return { added: true };
			throw new SendFailure(`rejected the torrent (${excerpt(text, secrets)})`);
		}
	};
}

/** Whether torrents/info answered a non-empty list. */
function listsTorrent(body: string, secrets: readonly string[]): boolean {
	const list = readJson(body, TorrentList);
	if (!list) throw new SendFailure(`answered the torrent list with ${excerpt(body, secrets)}`);
	return list.length > 0;
}

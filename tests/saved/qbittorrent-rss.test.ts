// A saved search's feed read by a real torrent client: qbittorrent-nox's RSS auto-downloader, driven by
// its WebUI API as its own UI does (shared notes, "Facts verified for the third round"). A rule for 1080p
// takes the matching release, paused; after the site gains a new one, the next refresh adds exactly that
// one; a release already there is never added again. Needs `vite build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apibayRow } from '../api-faces/apibay-rows.ts';
import { startApp, type App } from '../app-server.ts';
import { installed, PROGRAMS, startQbittorrent, type Daemon } from '../torrent-clients/daemons.ts';
import { FIRST, SECOND, startWatchedWeb, watchEnv, type WatchedWeb } from './scenario.ts';

const THIRD = 'Fakenet Open Show S01E03 1080p WEB-DL x264-FNET';
const hashOf = (name: string) => apibayRow(name).info_hash.toLowerCase();

/** qBittorrent's WebUI API, logged in, with the Referer its CSRF protection wants. */
class WebUi {
	#cookie = '';
	readonly base: string;
	readonly #user: string;
	readonly #password: string;

	constructor(daemonUrl: string) {
		const url = new URL(daemonUrl);
		this.base = url.origin;
		this.#user = decodeURIComponent(url.username);
		this.#password = decodeURIComponent(url.password);
	}

	async login(): Promise<void> {
		const response = await this.#send('auth/login', { username: this.#user, password: this.#password });
		this.#cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
		expect(this.#cookie, await response.text()).not.toBe('');
	}

	async call(path: string, form: Record<string, string>): Promise<void> {
		const response = await this.#send(path, form);
		expect(response.status, `${path}: ${await response.text()}`).toBe(200);
	}

	async torrents(): Promise<{ hash: string; name: string; state: string }[]> {
		const response = await fetch(`${this.base}/api/v2/torrents/info`, {
			headers: { cookie: this.#cookie, referer: `${this.base}/` }
		});
		return (await response.json()) as { hash: string; name: string; state: string }[];
	}

	#send(path: string, form: Record<string, string>): Promise<Response> {
		return fetch(`${this.base}/api/v2/${path}`, {
			method: 'POST',
			headers: { cookie: this.#cookie, referer: `${this.base}/` },
			body: new URLSearchParams(form)
		});
	}
}

let web: WatchedWeb;
let app: App;
let daemon: Daemon;

describe.skipIf(!installed(PROGRAMS.qbittorrent))(
	"a saved search in qBittorrent's RSS auto-downloader",
	{ timeout: 120_000 },
	() => {
		beforeAll(async () => {
			web = await startWatchedWeb();
			app = await startApp(watchEnv(web));
			daemon = await startQbittorrent();
		}, 60_000);

		afterAll(async () => {
			await daemon?.stop();
			await app?.stop();
			await web?.close();
		});

		it('adds the matching release paused, then exactly each new one, and nothing twice', async () => {
			const saved = await fetch(`${app.url}/api/saved`, {
				method: 'POST',
				body: JSON.stringify({ q: 'fakenet open show', engines: ['apibay'] })
			});
			expect(saved.status).toBe(201);
			const { feed } = (await saved.json()) as { feed: string };

			const ui = new WebUi(daemon.url);
			await ui.login();
			await ui.call('app/setPreferences', {
				json: JSON.stringify({ rss_processing_enabled: true, rss_auto_downloading_enabled: true })
			});
			await ui.call('rss/addFeed', { url: feed, path: 'Fakenet' });
			await ui.call('rss/setRule', {
				ruleName: 'Fakenet 1080p',
				ruleDef: JSON.stringify({
					enabled: true,
					mustContain: '1080p',
					affectedFeeds: [feed],
					addPaused: true
				})
			});

			/** Refreshes the feed until qBittorrent lists `count` torrents (bounded: 100 tries). */
			async function refreshUntil(count: number) {
				let listed = await ui.torrents();
				for (let attempt = 0; attempt < 100 && listed.length < count; attempt++) {
					if (attempt % 10 === 0) await ui.call('rss/refreshItem', { itemPath: 'Fakenet' });
					await new Promise((resolve) => setTimeout(resolve, 100));
					listed = await ui.torrents();
				}
				return listed;
			}

			const first = await refreshUntil(1);
			expect(first.map((torrent) => torrent.hash)).toEqual([hashOf(FIRST)]);
			expect(first[0]!.state).toMatch(/^paused/);

			web.releases.push(SECOND);
			const second = await refreshUntil(2);
			expect(second.map((torrent) => torrent.hash).sort()).toEqual([hashOf(FIRST), hashOf(SECOND)].sort());

			// A third release proves that a refresh happened after the second one: the feed still lists the
			// first two, and qBittorrent still has each once, and nothing it was not asked for (the 720p one).
			web.releases.push(THIRD);
			const third = await refreshUntil(3);
			expect(third.map((torrent) => torrent.hash).sort()).toEqual(
				[hashOf(FIRST), hashOf(SECOND), hashOf(THIRD)].sort()
			);
			expect(third.every((torrent) => torrent.state.startsWith('paused'))).toBe(true);
		});
	}
);

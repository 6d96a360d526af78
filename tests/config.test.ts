import { describe, expect, it } from 'vitest';
import { startApp } from './app-server.ts';

describe('configuration at start', () => {
	it('refuses to start on an invalid value, naming the variable', async () => {
		await expect(startApp({ SITE_TIMEOUT_MS: 'abc' })).rejects.toThrow(
			/exited with 1[\s\S]*SITE_TIMEOUT_MS must be a whole number from 100 to 60000, got "abc"/
		);
	});

	it('refuses an unknown engine and an address that is not one', async () => {
		await expect(startApp({ ENGINES: 'bing,altavista' })).rejects.toThrow(
			/ENGINES has unknown engine altavista/
		);
		await expect(startApp({ EGRESS_ALLOWLIST: '10.0.0.0/33' })).rejects.toThrow(
			/EGRESS_ALLOWLIST has "10.0.0.0\/33"/
		);
	});

	it('refuses a torrent client it cannot use, naming the variable and never the password', async () => {
		const start = startApp({ TORRENT_CLIENTS: 'home=utorrent+http://admin:hunter2@127.0.0.1:8080' });
		await expect(start).rejects.toThrow(
			/TORRENT_CLIENTS: home has kind "utorrent"; known: qbittorrent, transmission, deluge/
		);
		await expect(start).rejects.not.toThrow(/hunter2/);
	});

	it('refuses a Redis address it cannot use, naming the variable and never the password', async () => {
		const start = startApp({ REDIS_URL: 'http://:hunter2@valkey.internal:6379' });
		await expect(start).rejects.toThrow(
			/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL with a host \(Redis or Valkey\), got http:\/\/…/
		);
		await expect(start).rejects.not.toThrow(/hunter2/);
	});

	it.each([
		['a+b', '"\\+"'],
		['a&b', '"&"'],
		['50%off', '"%"'],
		['key#1', '"#"'],
		['two words', 'a space']
	])('refuses TORZNAB_APIKEY %j, which the *arr clients would send unencoded', async (key, shown) => {
		// Sonarr src/NzbDrone.Core/Indexers/Newznab/NewznabRequestGenerator.cs:615, Radarr the same file:190,
		// Prowlarr src/NzbDrone.Core/Indexers/Definitions/Newznab/NewznabRequestGenerator.cs:263:
		// `"&apikey=" + Settings.ApiKey`, never encoded
		await expect(startApp({ TORZNAB_APIKEY: key })).rejects.toThrow(
			new RegExp(
				`exited with 1[\\s\\S]*TORZNAB_APIKEY has ${shown}, which Sonarr, Radarr and Prowlarr send unencoded`
			)
		);
	});

	it.each([
		[
			'ALLOWED_HOSTS',
			'search.example.org,http://bad/',
			/ALLOWED_HOSTS has "http:\/\/bad\/", which is not a host name/
		],
		['AUTH_USER_HEADER', 'Remote User', /AUTH_USER_HEADER must be an HTTP header name/],
		['AUTH_TRUSTED_PROXIES', '127.0.0.1/40', /AUTH_TRUSTED_PROXIES has "127.0.0.1\/40"/],
		['AUTH_USERS', 'alice,*', /AUTH_USERS is either \* alone or a list of names/],
		['SEND_RATE_LIMIT', '-1', /SEND_RATE_LIMIT must be a whole number/],
		['ORIGIN', 'search.example.org', /ORIGIN must be an http\(s\) URL/]
	])('refuses %s=%j at start with one line naming it', async (name, value, message) => {
		await expect(startApp({ [name]: value })).rejects.toThrow(message);
	});

	it('starts with every default', async () => {
		const app = await startApp();
		const health = await fetch(`${app.url}/healthz`);
		expect(health.status).toBe(200);
		expect(await app.stop()).toBe(0);
	});
});

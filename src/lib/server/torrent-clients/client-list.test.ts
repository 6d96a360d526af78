import { describe, expect, it } from 'vitest';
import { parseTorrentClients, type TorrentClient } from './client-list.ts';

function clients(value: string): TorrentClient[] {
	const parsed = parseTorrentClients(value);
	if ('invalid' in parsed) throw new Error(parsed.invalid);
	return parsed;
}

function refusal(value: string): string {
	const parsed = parseTorrentClients(value);
	if (!('invalid' in parsed)) throw new Error(`accepted ${value}`);
	return parsed.invalid;
}

describe('TORRENT_CLIENTS', () => {
	it('reads the documented example: label=kind+url, credentials in the URL', () => {
		const [home, nas] = clients(
			'home=qbittorrent+http://admin:pw@127.0.0.1:8080,nas=transmission+http://u:pw@nas:9091/transmission/rpc'
		);
		expect(home).toMatchObject({ label: 'home', kind: 'qbittorrent', username: 'admin', password: 'pw' });
		expect(home?.url.href).toBe('http://127.0.0.1:8080/');
		expect(nas).toMatchObject({ label: 'nas', kind: 'transmission', username: 'u', password: 'pw' });
		expect(nas?.url.href).toBe('http://nas:9091/transmission/rpc');
	});

	it('takes options from the query and keeps them out of the address', () => {
		const [client] = clients(
			'Living room=deluge+https://:s%40cret%2Cx@box.lan/deluge/?category=Films&savepath=/srv/films&paused=1'
		);
		expect(client).toMatchObject({
			label: 'Living room',
			kind: 'deluge',
			password: 's@cret,x',
			options: { category: 'Films', savePath: '/srv/films', paused: true }
		});
		expect(client?.url.href).toBe('https://box.lan/deluge/');
		expect(clients('a=qbittorrent+http://h:1?paused=false')[0]?.options.paused).toBe(false);
		expect(clients('a=qbittorrent+http://h:1')[0]?.options).toEqual({
			category: null,
			savePath: null,
			paused: null
		});
	});

	it('is empty when unset or blank', () => {
		expect(clients('')).toEqual([]);
		expect(parseTorrentClients(undefined)).toEqual([]);
	});

	it('names the variable and what to fix, and never repeats a password', () => {
		expect(refusal('home=utorrent+http://h:1')).toBe(
			'TORRENT_CLIENTS: home has kind "utorrent"; known: qbittorrent, transmission, deluge'
		);
		expect(refusal('home=qbittorrent+ftp://h')).toMatch(/^TORRENT_CLIENTS: home needs an http\(s\) URL/);
		expect(refusal('a=qbittorrent+http://h:1,a=deluge+http://h:2')).toBe('TORRENT_CLIENTS names a twice');
		expect(refusal('a=qbittorrent+http://h:1?categroy=x')).toMatch(/unknown option categroy/);
		expect(refusal('a=qbittorrent+http://h:1?paused=maybe')).toMatch(/paused must be true or false/);
		expect(refusal('<b>=qbittorrent+http://h:1')).toMatch(/entry 1 has no valid label before "="/);
		// An unescaped comma splits a password: the entry is refused without being quoted.
		const split = refusal('home=qbittorrent+http://admin:se,cret@h:1');
		expect(split).toMatch(/home needs an http\(s\) URL.*%2C/);
		expect(refusal('home=qbittorrent+http://h:1,oops')).toMatch(/entry 2 is not label=kind\+url/);
		expect(split).not.toContain('cret');
		expect(refusal('home=qbittorrent+http://admin:%E0%A4@h:1')).toMatch(/not valid percent-encoding/);
	});

	it.each([
		// No label, and a password holding "=" and "+": the part before "=" looks like a label.
		['qbittorrent+http://admin:hunter2=xy+zz@h:1', /entry 1 has no valid label/],
		['qbittorrent+http://admin:pw=hunter2+x@h:1', /entry 1 is not label=kind\+url/],
		// An unencoded @ and ? inside a password move the rest of it into the query, as options.
		['home=qbittorrent+http://admin:pw@h?hunter2@h:1', /home has unknown option \(not repeated/],
		[
			'home=qbittorrent+http://admin:pw@h?paused=hunter2@h:1',
			/^TORRENT_CLIENTS: home: paused must be true or false$/
		]
	])('never prints any part of the password of %s', (entry, message) => {
		const said = refusal(entry);
		expect(said).toMatch(message);
		expect(said).not.toMatch(/hunter|admin|xy|zz/);
	});
});

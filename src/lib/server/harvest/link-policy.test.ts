import { describe, expect, it } from 'vitest';
import { isIgnoredLink, pageKey, torrentLikelihood } from './link-policy.ts';

describe('link policy', () => {
	it.each([
		'https://www.youtube.com/watch?v=1',
		'https://en.wikipedia.org/wiki/Ubuntu',
		'https://m.imdb.com/title/tt0111161/',
		'https://nordvpn.com/blog/torrenting/',
		'https://WWW.FACEBOOK.COM./page',
		'not a url'
	])('never fetches %s', (url) => {
		expect(isIgnoredLink(url)).toBe(true);
	});

	it.each(['https://1337x.to/torrent/1/', 'https://notyoutube.com/', 'https://youtube.com.mirror.example/'])(
		'fetches %s: only the domain and its subdomains are ignored',
		(url) => {
			expect(isIgnoredLink(url)).toBe(false);
		}
	);

	it('ranks known torrent sites first, then torrent-ish hosts, then torrent-ish paths', () => {
		const ranked = [
			'https://blog.example/post',
			'https://files.example/download/ubuntu',
			'https://mytorrents.example/',
			'https://nyaa.si/view/1'
		].sort((a, b) => torrentLikelihood(b) - torrentLikelihood(a));
		expect(ranked).toEqual([
			'https://nyaa.si/view/1',
			'https://mytorrents.example/',
			'https://files.example/download/ubuntu',
			'https://blog.example/post'
		]);
	});

	it('fetches a page once whatever its fragment, and only over http(s)', () => {
		expect(pageKey('https://Site.Example/a#top')).toBe(pageKey('https://site.example/a#bottom'));
		expect(pageKey('ftp://site.example/a')).toBeNull();
		expect(pageKey('javascript:alert(1)')).toBeNull();
	});
});

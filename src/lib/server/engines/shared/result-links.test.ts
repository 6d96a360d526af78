// Result links: absolute, unwrapped, http(s) only, the engine's own dropped, each once.
import { describe, expect, it } from 'vitest';
import { hrefsAt, resultLinks } from './result-links.ts';

const base = 'https://html.duckduckgo.com/html/?q=x';

describe('resultLinks', () => {
	it('resolves relative and protocol-relative hrefs against the page asked', () => {
		expect(resultLinks(['//site.example/a', '/own/page', 'https://other.example/b'], { base })).toEqual([
			'https://site.example/a',
			'https://html.duckduckgo.com/own/page',
			'https://other.example/b'
		]);
	});

	it('unwraps, then drops the engine and its subdomains, other schemes, junk and repeats', () => {
		const links = resultLinks(
			[
				'//duckduckgo.com/l/?uddg=https%3A%2F%2Fsite.example%2Fa',
				'https://site.example/a',
				'https://duckduckgo.com/settings',
				'https://ads.duckduckgo.com/x',
				'javascript:alert(1)',
				'magnet:?xt=urn:btih:abc',
				'http://[bad',
				undefined,
				'https://notduckduckgo.com/kept'
			],
			{
				base,
				unwrap: (url) => (url.pathname === '/l/' ? url.searchParams.get('uddg') : null),
				ownHosts: ['duckduckgo.com']
			}
		);
		expect(links).toEqual(['https://site.example/a', 'https://notduckduckgo.com/kept']);
	});
});

describe('hrefsAt', () => {
	it('lists the hrefs a selector finds, entities decoded', () => {
		expect(
			hrefsAt('<a class="r" href="/a?x=1&amp;y=2">a</a><a href="/b">b</a><a class="r">c</a>', 'a.r')
		).toEqual(['/a?x=1&y=2']);
	});
});

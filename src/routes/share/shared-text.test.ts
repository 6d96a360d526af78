// What the share sheet hands over, as phones' apps send it, read into a search.
import { describe, expect, it } from 'vitest';
import { readShared } from './shared-text.ts';

describe('readShared', () => {
	it.each([
		['a shared IMDb link', { url: 'https://www.imdb.com/title/tt0111161/?ref_=nv_sr_srsg_0' }, 'tt0111161'],
		[
			'an IMDb link in the text',
			{ text: 'The Shawshank Redemption https://m.imdb.com/title/tt0111161/' },
			'tt0111161'
		],
		[
			'an IMDb link in another language',
			{ title: 'Silo', text: 'https://imdb.com/pt/title/tt14688458' },
			'tt14688458'
		]
	] as const)('takes the IMDb id from %s', (_, share, imdbId) => {
		expect(readShared(share)).toEqual({ kind: 'imdb', imdbId });
	});

	it.each([
		[
			'a page by its title, without the site name',
			{
				title: '\u200eDune: Part Two (2024) • Letterboxd',
				url: 'https://letterboxd.com/film/dune-part-two/'
			},
			'Dune: Part Two 2024'
		],
		[
			'a shared line by the title it names',
			{ text: 'Check out Dune (2021), directed by Denis Villeneuve https://boxd.it/aBcD' },
			'Dune 2021'
		],
		['a page address by its words', { url: 'https://letterboxd.com/film/the-matrix/' }, 'the matrix'],
		[
			'an address in the text by its words',
			{ text: 'https://example.org/reviews/perfect_days.html' },
			'perfect days'
		],
		['plain text as it is, trimmed', { text: '  ubuntu 24.04  ' }, 'ubuntu 24.04'],
		['a long title, cut to the bound of a query', { title: 'x'.repeat(300) }, 'x'.repeat(200)]
	])('searches %s', (_, share, query) => {
		expect(readShared(share)).toEqual({ kind: 'text', query });
	});

	it('finds nothing in an empty share', () => {
		expect(readShared({})).toEqual({ kind: 'nothing' });
		expect(readShared({ title: ' ', text: '', url: 'https://example.org/' })).toEqual({ kind: 'nothing' });
	});
});

// What the share sheet hands over, as phones' apps send it, read into a search.
import { describe, expect, it } from 'vitest';
import { readShared } from './shared-text.ts';

describe('readShared', () => {
	it('takes the IMDb id from a shared IMDb link, wherever the app puts it', () => {
		expect(readShared({ url: 'https://www.imdb.com/title/tt0111161/?ref_=nv_sr_srsg_0' })).toEqual({
			kind: 'imdb',
			imdbId: 'tt0111161'
		});
		expect(readShared({ text: 'The Shawshank Redemption https://m.imdb.com/title/tt0111161/' })).toEqual({
			kind: 'imdb',
			imdbId: 'tt0111161'
		});
		expect(readShared({ title: 'Silo', text: 'https://imdb.com/pt/title/tt14688458' })).toEqual({
			kind: 'imdb',
			imdbId: 'tt14688458'
		});
	});

	it('searches a shared page by its title, without the site name', () => {
		expect(
			readShared({
				title: '\u200eDune: Part Two (2024) • Letterboxd',
				url: 'https://letterboxd.com/film/dune-part-two/'
			})
		).toEqual({ kind: 'text', query: 'Dune: Part Two 2024' });
		expect(
			readShared({ text: 'Check out Dune (2021), directed by Denis Villeneuve https://boxd.it/aBcD' })
		).toEqual({
			kind: 'text',
			query: 'Dune 2021'
		});
	});

	it('searches the words of a page address when nothing else names it', () => {
		expect(readShared({ url: 'https://letterboxd.com/film/the-matrix/' })).toEqual({
			kind: 'text',
			query: 'the matrix'
		});
		expect(readShared({ text: 'https://example.org/reviews/perfect_days.html' })).toEqual({
			kind: 'text',
			query: 'perfect days'
		});
	});

	it('takes plain text as the query', () => {
		expect(readShared({ text: '  ubuntu 24.04  ' })).toEqual({ kind: 'text', query: 'ubuntu 24.04' });
		expect(readShared({ title: 'x'.repeat(300) })).toEqual({ kind: 'text', query: 'x'.repeat(200) });
	});

	it('finds nothing in an empty share', () => {
		expect(readShared({})).toEqual({ kind: 'nothing' });
		expect(readShared({ title: ' ', text: '', url: 'https://example.org/' })).toEqual({ kind: 'nothing' });
	});
});

// Reading names from Cinemeta's JSON and IMDb's title page, as those services answer.
import { describe, expect, it } from 'vitest';
import { cinemetaMetaUrl, parseCinemetaMeta } from './cinemeta.ts';
import { imdbTitleUrl, parseImdbPageTitle } from './imdb-page.ts';

describe('Cinemeta', () => {
	it('asks for the meta of the title itself, without season or episode', () => {
		expect(cinemetaMetaUrl('https://v3-cinemeta.strem.io/', 'series', 'tt0944947')).toBe(
			'https://v3-cinemeta.strem.io/meta/series/tt0944947.json'
		);
	});

	it('reads the name and the first year of a film and of a series', () => {
		const film = { meta: { id: 'tt0111161', type: 'movie', name: 'The Shawshank Redemption', year: '1994' } };
		expect(parseCinemetaMeta(JSON.stringify(film))).toEqual({
			name: 'The Shawshank Redemption',
			year: 1994,
			source: 'cinemeta'
		});
		const series = { meta: { name: 'Game of Thrones', releaseInfo: '2011–2019', videos: [] } };
		expect(parseCinemetaMeta(JSON.stringify(series))).toEqual({
			name: 'Game of Thrones',
			year: 2011,
			source: 'cinemeta'
		});
	});

	it('keeps characters as they are: no HTML decoding or encoding of JSON text', () => {
		const meta = { meta: { name: 'Law & Order: Special Victims Unit', year: 1999 } };
		expect(parseCinemetaMeta(JSON.stringify(meta))?.name).toBe('Law & Order: Special Victims Unit');
	});

	it('knows nothing from an unknown id, another shape, or not JSON', () => {
		expect(parseCinemetaMeta('{"meta":null}')).toBeNull();
		expect(parseCinemetaMeta('{"meta":{}}')).toBeNull();
		expect(parseCinemetaMeta('{}')).toBeNull();
		expect(parseCinemetaMeta('{"meta":{"name":42}}')).toBeNull();
		expect(parseCinemetaMeta('<html>Bad gateway</html>')).toBeNull();
	});
});

describe('IMDb title page', () => {
	const page = (title: string) =>
		`<!DOCTYPE html><html><head><title>${title}</title></head><body></body></html>`;

	it('reads the title page address', () => {
		expect(imdbTitleUrl('https://www.imdb.com', 'tt0111161')).toBe('https://www.imdb.com/title/tt0111161/');
	});

	it('reads films, series and mini-series titles with their year', () => {
		expect(parseImdbPageTitle(page('The Shawshank Redemption (1994) - IMDb'))).toEqual({
			name: 'The Shawshank Redemption',
			year: 1994,
			source: 'imdb'
		});
		expect(parseImdbPageTitle(page('Game of Thrones (TV Series 2011–2019) - IMDb'))).toMatchObject({
			name: 'Game of Thrones',
			year: 2011
		});
		expect(parseImdbPageTitle(page('Silo (TV Series 2023– ) - IMDb'))).toMatchObject({
			name: 'Silo',
			year: 2023
		});
		expect(parseImdbPageTitle(page('Chernobyl (TV Mini Series 2019) - IMDb'))).toMatchObject({
			name: 'Chernobyl',
			year: 2019
		});
	});

	it('decodes entities exactly once', () => {
		expect(parseImdbPageTitle(page('Law &amp; Order (TV Series 1990–2010) - IMDb'))?.name).toBe(
			'Law & Order'
		);
		expect(parseImdbPageTitle(page('Schindler&#39;s List (1993) - IMDb'))?.name).toBe("Schindler's List");
		expect(parseImdbPageTitle(page('Tom &amp;amp; Jerry (1940) - IMDb'))?.name).toBe('Tom &amp; Jerry');
	});

	it('reads a title without a year, and refuses pages that are not titles', () => {
		expect(parseImdbPageTitle(page('Untitled Project - IMDb'))).toEqual({
			name: 'Untitled Project',
			year: null,
			source: 'imdb'
		});
		expect(parseImdbPageTitle(page('IMDb'))).toBeNull();
		expect(parseImdbPageTitle(page('404 Error - IMDb'))).toBeNull();
		expect(parseImdbPageTitle('<html><body>captcha</body></html>')).toBeNull();
	});
});

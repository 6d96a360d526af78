// The IMDb title page as a fallback namer: its <title> reads "Name (1994) - IMDb" or
// "Name (TV Series 2011–2019) - IMDb".
import { loadMarkup } from '#lib/server/markup.ts';
import type { Title } from './title.ts';

export function imdbTitleUrl(baseUrl: string, imdbId: string): string {
	return `${baseUrl.replace(/\/+$/, '')}/title/${imdbId}/`;
}

const WITH_YEAR = /^(.+?)\s*\((?:[^()]*?\s)?(\d{4})(?:\s*[–-]\s*(?:\d{4})?)?\s*\)\s*-\s*IMDb$/;
const WITHOUT_YEAR = /^(.+?)\s*-\s*IMDb$/;
// IMDb's own pages that are not titles: "404 Error - IMDb", "IMDb: Ratings…".
const NOT_A_TITLE = /^(?:\d{3} Error|IMDb\b.*)$/i;

/** The title named by an IMDb page; null for pages that are not a title (errors, captchas). */
export function parseImdbPageTitle(html: string): Title | null {
	// cheerio decodes entities exactly once: "Law &amp; Order" becomes "Law & Order", never "&amp;".
	const text = loadMarkup(html)('head > title').first().text().replace(/\s+/g, ' ').trim();
	const withYear = WITH_YEAR.exec(text);
	if (withYear) return { name: withYear[1]!, year: Number(withYear[2]), source: 'imdb' };
	const withoutYear = WITHOUT_YEAR.exec(text);
	if (withoutYear && !NOT_A_TITLE.test(withoutYear[1]!))
		return { name: withoutYear[1]!, year: null, source: 'imdb' };
	return null;
}

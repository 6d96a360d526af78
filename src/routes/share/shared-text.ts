// What another app shared (the Web Share Target's title, text and url) read as something to search for:
// an IMDb title by its id, a page by its title (or the words of its address), plain text as it is.

export type SharedSearch =
	{ kind: 'imdb'; imdbId: string } | { kind: 'text'; query: string } | { kind: 'nothing' };

export interface Shared {
	title?: string | null;
	text?: string | null;
	url?: string | null;
}

/** The contract's bound on a query. */
const MAX_QUERY = 200;
const IMDB_TITLE = /\bimdb\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?title\/(tt\d{7,10})\b/i;
const URL_PATTERN = /\bhttps?:\/\/\S+/gi;
// What sites and share sheets add around a name: "Dune (2021) - IMDb", "‎Dune: Part Two (2024) • Letterboxd",
// "Watch Silo | Apple TV+", a film's "directed by …" line.
const SITE_SUFFIX =
	/\s+[-–—|•·:]\s+(?:IMDb|Letterboxd|Wikipedia.*|Rotten Tomatoes|Apple TV\+?|Netflix|Prime Video|JustWatch|Trakt|TMDB|The Movie Database.*)\s*$/i;
const DIRECTED_BY = /\s*,?\s+directed by\s.*$/i;
const LEADING_WORDS = /^(?:watch|check out|see)\s+/i;
const INVISIBLE = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** "Dune: Part Two (2024)" → "Dune: Part Two 2024": the year helps engines, the brackets do not. */
function cleanTitle(text: string): string {
	return text
		.replace(INVISIBLE, '')
		.replace(URL_PATTERN, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(SITE_SUFFIX, '')
		.replace(DIRECTED_BY, '')
		.replace(LEADING_WORDS, '')
		.replace(/\((\d{4})\)/, '$1')
		.replace(/^["“'‘]+|["”'’]+$/g, '')
		.trim()
		.slice(0, MAX_QUERY)
		.trim();
}

/** The words of a page's address: letterboxd.com/film/the-matrix/ → "the matrix". */
function wordsOfAddress(address: string): string {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return '';
	}
	const segments = url.pathname.split('/').filter(Boolean);
	// Letterboxd names the film right after /film/; elsewhere the last segment is the most specific.
	const film = segments.indexOf('film');
	const segment = film >= 0 && segments[film + 1] ? segments[film + 1]! : (segments.at(-1) ?? '');
	let decoded = segment;
	try {
		decoded = decodeURIComponent(segment);
	} catch {
		// A malformed escape: keep the segment as written.
	}
	return cleanTitle(decoded.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[-_+]+/g, ' '));
}

export function readShared(shared: Shared): SharedSearch {
	const title = shared.title ?? '';
	const text = shared.text ?? '';
	const url = shared.url ?? '';
	const imdb = IMDB_TITLE.exec(`${url} ${text} ${title}`);
	if (imdb) return { kind: 'imdb', imdbId: imdb[1]!.toLowerCase() };
	// A page's own title says what it is about better than the text around its link.
	const named = cleanTitle(title) || cleanTitle(text);
	if (named) return { kind: 'text', query: named };
	const address = url || /\bhttps?:\/\/\S+/i.exec(text)?.[0] || '';
	const words = address ? wordsOfAddress(address) : '';
	return words ? { kind: 'text', query: words } : { kind: 'nothing' };
}

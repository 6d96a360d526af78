// What the Stremio and Torznab faces need to know about an IMDb id to search for it.

/** Stremio's content types, which are also Cinemeta's. */
export type TitleKind = 'movie' | 'series';

export interface Title {
	name: string;
	/** The first year (a series' start), when known. */
	year: number | null;
	/** Which service named it. */
	source: 'cinemeta' | 'imdb';
}

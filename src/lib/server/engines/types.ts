// The shape every engine has: pure functions that build a request and read the answer. Engines never
// open connections; the search core does, through egress.
import type { EngineId } from '#lib/engine-ids.ts';
import type { ConfiguredAnswer, ConfiguredRequest } from '#lib/server/egress/index.ts';
import type { Sighting } from '#lib/server/sighting.ts';

// An engine's endpoint is the operator's (its default or `<ID>_URL`), so what it builds is egress's
// configured request, and what it reads the configured answer; these are the contract's names for them.
export type EngineRequest = ConfiguredRequest;
export type EngineAnswer = ConfiguredAnswer;

export type EngineKind = 'web' | 'index';

/**
 * A .torrent an index named without its infohash (Jackett's and Prowlarr's /dl/ links), for the search to
 * fetch and decode; `details` is what the index said of it (name, seeders…). Its URL may hold a key: it is
 * fetched, never shown.
 */
export interface TorrentFileLink {
	url: string;
	details: Omit<Sighting, 'infohash'>;
}

/** How an engine saw its answer. Failures are values: the search goes on without that engine. */
export type EngineOutcome =
	| { kind: 'links'; links: string[] }
	| { kind: 'sightings'; sightings: Sighting[]; links?: string[]; torrentFiles?: TorrentFileLink[] }
	| { kind: 'blocked'; reason: string; suspend: 'captcha' | 'rate-limit' | 'denied' }
	| { kind: 'error'; reason: string };

export interface Engine {
	id: EngineId;
	name: string;
	kind: EngineKind;
	/** The public endpoint, replaced by `<ID>_URL` (or SEARXNG_URL) when set. */
	defaultUrl: string;
	/** Builds the request for a query against a base URL (the default or the operator's override). */
	buildRequest(query: string, baseUrl: string): EngineRequest;
	/** Reads an answer: links, sightings, a recognised block page, or an error. Never throws. */
	parse(answer: EngineAnswer): EngineOutcome;
	/**
	 * An index's own "latest uploads" listings for a kind of content (null: everything), read by `parse`
	 * like a search answer. Absent for engines that have none: a web search engine cannot list anything.
	 */
	latestRequests?(kind: LatestKind, baseUrl: string): EngineRequest[];
	/**
	 * The kind of title this engine finds precisely when the query is a bare IMDb id (`tt0944947`);
	 * absent when an id would be searched as text.
	 */
	imdbIdSearch?: 'series' | 'movie';
}

/** What a listing of latest uploads is for: TV, films, or everything. */
export type LatestKind = 'tv' | 'movie' | null;

// The shape every engine has: pure functions that build a request and read the answer. Engines never
// open connections; the search core does, through egress.
import type { EngineId } from '#lib/engine-ids.ts';

export type EngineKind = 'web' | 'index';

export interface EngineRequest {
	url: string;
	method?: 'GET' | 'POST';
	headers?: Record<string, string>;
	body?: string;
}

/** An engine's HTTP answer as egress hands it over: redirects are not followed for engines. */
export interface EngineAnswer {
	status: number;
	/** The URL that was asked. */
	url: string;
	headers: Headers;
	/** The body decoded to text with its declared charset. */
	body: string;
}

/** One magnet seen somewhere, with what that place knew about it. */
export interface Sighting {
	/** 40 lowercase hex (v1) or 64 lowercase hex (v2-only). */
	infohash: string;
	name?: string | null;
	trackers?: string[];
	size?: number | null;
	seeders?: number | null;
	leechers?: number | null;
	/** What the torrent holds, when the source read its .torrent file. */
	files?: { path: string; size: number }[] | null;
	/** The page (or API item page) where it was seen; null when an index gave it without one. */
	page?: string | null;
}

/** How an engine saw its answer. Failures are values: the search goes on without that engine. */
export type EngineOutcome =
	| { kind: 'links'; links: string[] }
	| { kind: 'sightings'; sightings: Sighting[]; links?: string[] }
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
}

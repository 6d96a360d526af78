// What a search produces, shared by the server's formats and the browser: one result per infohash and the
// events that the search core yields as they happen.

import type { Release } from './release.ts';

export const ENGINE_STATUSES = ['ok', 'empty', 'blocked', 'timeout', 'error'] as const;
export type EngineStatus = (typeof ENGINE_STATUSES)[number];

export interface Source {
	engine: string;
	/** The page the magnet was found on; null when an index engine gave it directly. */
	page: string | null;
}

/** Files a result carries: a torrent of a whole archive can list 100,000, no page or client needs them all. */
export const MAX_RESULT_FILES = 1000;

/** One file of a torrent: its path as in the torrent (the torrent's name first when it has several). */
export interface ResultFile {
	path: string;
	size: number;
}

export interface Result {
	/** v1 infohash, 40 lowercase hex; a v2-only magnet is keyed by its 64-hex `btmh` digest instead. */
	infohash: string;
	name: string | null;
	/** Normalised magnet, trackers merged from every sighting. */
	magnet: string;
	trackers: string[];
	size: number | null;
	/** From a source, or live from the result's trackers (the best answer among them) once they answer. */
	seeders: number | null;
	leechers: number | null;
	/** What the torrent holds, from a .torrent file or the swarm's metadata; null while unknown. */
	files: ResultFile[] | null;
	sources: Source[];
	/** What the name says the release is; null while the name is unknown. */
	release: Release | null;
}

/**
 * Where seeders put a result when sorting: live counts first, then unknown (it may well be alive), then
 * dead (nobody seeds it, so it will not download).
 */
export function seedersOrder(seeders: number | null): number {
	if (seeders === null) return -1;
	return seeders === 0 ? -2 : seeders;
}

export interface EngineReport {
	id: string;
	status: EngineStatus;
	ms: number;
	/** Result links the engine returned (web engines); empty for index engines. */
	links: string[];
	/** Short reason when not ok, e.g. "captcha page". */
	error: string | null;
	/** Set when the engine was not asked because an earlier block paused it: until when (ISO 8601). */
	suspendedUntil?: string;
}

export type EngineEvent = { type: 'engine' } & EngineReport;
export type ResultEvent = { type: 'result' } & Result;
/** A result link was checked: how many magnets it gave, or why it gave none. */
export interface PageEvent {
	type: 'page';
	url: string;
	engine: string;
	magnets: number;
	error: string | null;
}
export interface DoneEvent {
	type: 'done';
	elapsedMs: number;
}

export type SearchEvent = EngineEvent | ResultEvent | PageEvent | DoneEvent;

/** An engine as `/api/engines` and the search page list it. */
export interface EngineInfo {
	id: string;
	name: string;
	kind: 'web' | 'index';
	/** Searched when a request names no engines (ENGINES). */
	enabled: boolean;
	url: string;
	/** ISO time until which the engine is skipped after being blocked; null when it is not suspended. */
	suspendedUntil: string | null;
}

/** The whole answer of a search, as `/api/search` returns it. */
export interface SearchSummary {
	query: string;
	results: Result[];
	engines: EngineReport[];
	elapsedMs: number;
}

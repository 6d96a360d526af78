// The Stremio add-on protocol (v3) for this server: the manifest, the ids Stremio asks streams for, the
// searches they become, and results turned into streams.
import { refuse, z } from '#lib/zod.ts';
import { isEngineId, type EngineId } from '#lib/engine-ids.ts';
import { fail, ok, type Parsed } from '#lib/outcome.ts';
import { parseStremioConfig } from '#lib/preference-parser.ts';
import { DEFAULT_PREFERENCES, type Preferences } from '#lib/preferences.ts';
import { applyPreferences, resolutionKey } from '#lib/ranking.ts';
import type { Result, ResultFile } from '#lib/search-events.ts';
import type { Title } from '#lib/server/titles/title.ts';
import { episodeFit } from '#lib/server/release/episode-fit.ts';
import { parseRelease } from '#lib/server/release/parse-release.ts';
import { matchesTitle } from '#lib/server/release/title-match.ts';

/** The id existing installs know the add-on by: keep it, or Stremio sees a different add-on. */
export const ADDON_ID = 'com.stremio.cftorrent.addon';

export function stremioManifest(version: string, origin: string) {
	return {
		id: ADDON_ID,
		version,
		name: 'cf-torrent',
		description:
			'Torrents for films and series episodes, found by asking web search engines and torrent indexes for the title.',
		logo: `${origin}/favicon.svg`,
		resources: ['stream'],
		types: ['movie', 'series'],
		idPrefixes: ['tt'],
		catalogs: [],
		// Stremio then offers "Configure", which opens `/configure` beside the manifest (a redirect to ours).
		behaviorHints: { configurable: true, configurationRequired: false }
	};
}

/** What a configured add-on's path says: the person's preferences, and the engines it names (if any). */
export interface AddonConfig {
	preferences: Preferences;
	engines: EngineId[] | undefined;
}

/**
 * Reads the `<config>` path segment (contract "Configured Stremio add-on"); `undefined` is the unconfigured
 * add-on. `available` says whether an engine can be asked on this server.
 */
export function readAddonConfig(
	segment: string | undefined,
	available: (id: EngineId) => boolean
): Parsed<AddonConfig> {
	if (segment === undefined) return ok({ preferences: DEFAULT_PREFERENCES, engines: undefined });
	const parsed = parseStremioConfig(segment);
	if (!parsed.ok) return fail(`invalid configuration: ${parsed.error}`);
	const { preferences, engines } = parsed.value;
	if (engines === undefined) return ok({ preferences, engines });
	const unknown = engines.filter((id) => !isEngineId(id) || !available(id));
	if (unknown.length > 0) {
		return fail(
			`invalid configuration: engine ${unknown.slice(0, 3).join(', ').slice(0, 80)} is not available here`
		);
	}
	return ok({ preferences, engines: engines as EngineId[] });
}

/**
 * Engines a title's streams are asked of: those the configuration names, else the server's defaults plus
 * the index that looks this kind of title up exactly by IMDb id (YTS for films, EZTV for episodes), when
 * it is available here.
 */
export function addonEngines(
	type: 'movie' | 'series',
	configured: EngineId[] | undefined,
	defaults: readonly EngineId[],
	available: (id: EngineId) => boolean
): EngineId[] {
	if (configured) return configured;
	const byId: EngineId = type === 'movie' ? 'yts' : 'eztv';
	return defaults.includes(byId) || !available(byId) ? [...defaults] : [...defaults, byId];
}

export type StreamTarget =
	{ type: 'movie'; imdbId: string } | { type: 'series'; imdbId: string; season: number; episode: number };

const MOVIE_ID = /^(tt\d{1,10})$/;
const EPISODE_ID = /^(tt\d{1,10}):(\d{1,4}):(\d{1,5})$/;

const targetSchema = z.pipe(
	z.object({
		type: z.enum(['movie', 'series'], { error: 'type must be movie or series' }),
		id: z.string().check(z.maxLength(40, 'id is too long'))
	}),
	z.transform(({ type, id }: { type: 'movie' | 'series'; id: string }, ctx): StreamTarget => {
		if (type === 'movie') {
			const match = MOVIE_ID.exec(id);
			if (match) return { type, imdbId: match[1]! };
			return refuse(ctx, 'a movie id must be an IMDb id like tt0111161');
		}
		const match = EPISODE_ID.exec(id);
		if (match) return { type, imdbId: match[1]!, season: Number(match[2]), episode: Number(match[3]) };
		return refuse(ctx, 'a series id must be an IMDb id, season and episode like tt0944947:1:2');
	})
);

/** Reads `/stream/{type}/{id}.json` (the route has already taken `.json` off the id). */
export function parseStreamTarget(type: string, id: string): Parsed<StreamTarget> {
	const parsed = targetSchema.safeParse({ type, id });
	if (parsed.success) return ok(parsed.data);
	return fail(parsed.error.issues[0]?.message ?? 'invalid id');
}

function searchable(name: string): string {
	return name
		.replace(/['’]/g, '')
		.replace(/[^\p{L}\p{N}&.\s-]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * What to search for: a film by name and year; an episode as `Name S01E02`, and its season as
 * `Name S01` because season packs rarely show up in an episode search.
 */
export function streamQueries(title: Title, target: StreamTarget): string[] {
	const name = searchable(title.name);
	if (target.type === 'movie') return [title.year ? `${name} ${title.year}` : name];
	return [`${name} S${pad(target.season)}E${pad(target.episode)}`, `${name} S${pad(target.season)}`];
}

/** A result, with the torrent's file list when the search learnt it (a .torrent file or the swarm). */
export type StreamCandidate = Result;

/** The largest `fileIdx` stremio-core can read (src/types/resource/stream.rs, `file_idx: Option<u16>`). */
const MAX_FILE_IDX = 65_535;

const VIDEO_FILE = /\.(?:mkv|mp4|avi|m4v|mov|wmv|ts|webm|mpg|mpeg)$/i;

/** The index of an episode's video file inside a pack: the largest file named as that episode. */
export function episodeFileIndex(files: ResultFile[], season: number, episode: number): number | null {
	let best: number | null = null;
	files.forEach((file, index) => {
		if (!VIDEO_FILE.test(file.path)) return;
		const base = file.path.split('/').at(-1) ?? file.path;
		// a name without the episode's digits cannot be it: most of a big pack is passed over unparsed
		if (!base.includes(String(episode))) return;
		if (episodeFit(parseRelease(base), season, episode) !== 'episode') return;
		if (best === null || file.size > files[best]!.size) best = index;
	});
	return best;
}

export interface Stream {
	name: string;
	/**
	 * Only `description`: stremio-core reads `title` as an alias of it, so a stream carrying both is a
	 * "duplicate field" error and the core silently drops it (src/types/resource/stream.rs, `Stream`).
	 */
	description: string;
	infoHash: string;
	fileIdx?: number;
	sources: string[];
	behaviorHints: { bingeGroup: string; filename?: string; videoSize?: number };
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatSize(bytes: number): string {
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < UNITS.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${UNITS[unit]}`;
}

function foundBy(result: Result): string {
	const engines = [...new Set(result.sources.map((source) => source.engine))];
	const sites = [
		...new Set(
			result.sources.flatMap((source) => {
				if (!source.page) return [];
				try {
					return [new URL(source.page).hostname.replace(/^www\./, '')];
				} catch {
					return [];
				}
			})
		)
	];
	return `found by ${engines.join(', ')}${sites.length ? ` on ${sites.slice(0, 3).join(', ')}` : ''}`;
}

const TRACKER = /^(?:udp|https?):\/\//i;
/** Streams per answer: more than a screenful only slows Stremio's list down. */
export const MAX_STREAMS = 60;

/** Seeders and leechers as the description says them, e.g. "12 seeders, 3 leechers"; "no seeders" when dead. */
function health(result: Result): string | null {
	if (result.seeders === null) return null;
	const seeders = result.seeders === 0 ? 'no seeders' : `${result.seeders} seeders`;
	return result.leechers !== null ? `${seeders}, ${result.leechers} leechers` : seeders;
}

/** The stream's `name`, the first thing Stremio shows: resolution and HDR formats, e.g. `2160p DV HDR10`. */
function streamLabel(result: Result): string | null {
	const release = result.release;
	if (!release?.resolution && !release?.hdr.length) return null;
	return [release.resolution, ...release.hdr].filter(Boolean).join(' ');
}

/** Source, codec, audio and languages, e.g. `WEB-DL · x265 · DDP5.1 Atmos · PT EN`. */
function releaseFacts(result: Result): string | null {
	const release = result.release;
	if (!release) return null;
	const facts = [
		release.source,
		release.codec,
		release.audio.join(' ') || null,
		release.languages.map((code) => code.toUpperCase()).join(' ') || null
	].filter(Boolean);
	return facts.length ? facts.join(' · ') : null;
}

interface Candidate {
	result: Result;
	fileIdx: number | null;
	packNote: string | null;
}

/**
 * A pack whose episode file is unknown plays its largest file: within a run of one resolution it goes
 * after the streams that play the episode itself; the ranking is otherwise kept as it is.
 */
function playableFirst(ranked: Candidate[]): Candidate[] {
	const ordered: Candidate[] = [];
	let deferred: Candidate[] = [];
	let resolution: string | null = null;
	for (const candidate of ranked) {
		const key = resolutionKey(candidate.result);
		if (key !== resolution) {
			ordered.push(...deferred);
			deferred = [];
			resolution = key;
		}
		if (candidate.packNote !== null && candidate.fileIdx === null) deferred.push(candidate);
		else ordered.push(candidate);
	}
	return [...ordered, ...deferred];
}

/**
 * Results as Stremio streams, in the one ranking for the person's preferences (what they leave out is
 * not offered): drops what is clearly another title or another episode, and v2-only torrents, which
 * Stremio cannot open by infohash.
 */
export function buildStreams(
	results: StreamCandidate[],
	target: StreamTarget,
	title: Title,
	preferences: Preferences = DEFAULT_PREFERENCES
): Stream[] {
	const candidates = new Map<string, Candidate>();
	for (const result of results) {
		if (!/^[0-9a-f]{40}$/.test(result.infohash) || candidates.has(result.infohash)) continue;
		if (!matchesTitle(result.name, result.release, title, target.type)) continue;
		let fileIdx: number | null = null;
		let packNote: string | null = null;
		if (target.type === 'series') {
			const fit = episodeFit(result.release, target.season, target.episode);
			if (fit === 'other') continue;
			if (fit === 'pack') {
				fileIdx = result.files ? episodeFileIndex(result.files, target.season, target.episode) : null;
				if (result.files && fileIdx === null) continue;
				// stremio-core reads `fileIdx` as a u16 and drops a stream whose index does not fit
				if (fileIdx !== null && fileIdx > MAX_FILE_IDX) continue;
				packNote = `season ${target.season} pack${fileIdx === null ? ', episode file unknown' : ''}`;
			}
		} else if (result.release && result.release.episodes.length > 0 && result.release.seasons.length > 0) {
			// an episode is not the film, even of a film that shares its name
			continue;
		}
		candidates.set(result.infohash, { result, fileIdx, packNote });
	}
	const ranked = applyPreferences(
		title.name,
		[...candidates.values()].map(({ result }) => result),
		preferences
	).shown.map((result) => candidates.get(result.infohash)!);
	return playableFirst(ranked)
		.slice(0, MAX_STREAMS)
		.map(({ result, fileIdx, packNote }) => {
			const label = streamLabel(result);
			const sizeAndHealth = [result.size !== null ? formatSize(result.size) : null, health(result), packNote]
				.filter(Boolean)
				.join(' · ');
			const description = [
				result.name ?? result.infohash,
				releaseFacts(result),
				sizeAndHealth,
				foundBy(result)
			]
				.filter(Boolean)
				.join('\n');
			const singleVideo = !packNote && result.name !== null && VIDEO_FILE.test(result.name);
			const kind = [result.release?.resolution ?? 'unknown', result.release?.source]
				.filter(Boolean)
				.join('-');
			return {
				name: label ? `cf-torrent\n${label}` : 'cf-torrent',
				// stremio-core's JSON reader (serde) refuses a lone surrogate escape, and with it the whole answer.
				description: description.toWellFormed(),
				infoHash: result.infohash,
				...(fileIdx !== null ? { fileIdx } : {}),
				sources: [
					...result.trackers
						.filter((tracker) => TRACKER.test(tracker))
						.map((tracker) => `tracker:${tracker.toWellFormed()}`),
					`dht:${result.infohash}`
				],
				behaviorHints: {
					// the next episode plays the same kind of release: the same resolution from the same source
					bingeGroup: `cf-torrent-${kind}`,
					...(singleVideo ? { filename: result.name!.toWellFormed() } : {}),
					...(singleVideo && result.size !== null ? { videoSize: result.size } : {})
				}
			};
		});
}

/**
 * How long Stremio (and caches between) may keep an answer: as long as the server reuses a search, and at
 * most a minute for an empty one, which may only mean the engines were slow.
 */
export function streamCacheMaxAge(streams: Stream[], cacheTtlSeconds: number): number {
	return streams.length > 0 ? cacheTtlSeconds : Math.min(cacheTtlSeconds, 60);
}

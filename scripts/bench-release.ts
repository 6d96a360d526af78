// Benchmark of release-name parsing: every candidate library, the reader this server used before, and
// src/lib/server/release on the labelled names of scripts/release-names/names.json. Prints the per-field
// accuracy of each (on all names and on the held-out quarter that corrections.ts was never tuned on) and
// what parsing costs per 1,000 names, first call included. `npm run bench:release`; also a row of `npm run bench`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { filenameParse } from '@ctrl/video-filename-parser';
import { parseTorrentTitle } from '@viren070/parse-torrent-title';
import type { Release } from '#lib/release.ts';
import { parseRelease, readBaseRelease, RESOLUTION } from '#lib/server/release/parse-release.ts';
import { guessQuality, readEpisodeMarks } from './release-names/release-name-before.ts';

export const FIELDS = ['resolution', 'seasons', 'episodes', 'source', 'year', 'languages'] as const;
type Field = (typeof FIELDS)[number];
type Reading = Pick<Release, Field>;

interface LabelledName {
	name: string;
	from: string[];
	expect: Partial<Reading> & { complete?: boolean };
}

const labelled = JSON.parse(readFileSync(new URL('./release-names/names.json', import.meta.url), 'utf8')) as {
	names: LabelledName[];
};

/** A quarter of the names, chosen by a hash of the name, kept out of tuning: accuracy on unseen names. */
export function isHeldOut(name: string): boolean {
	let hash = 2166136261;
	for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
	return hash % 4 === 0;
}

// Each candidate's own words mapped onto the contract's; a word with no clear counterpart reads as none.
const LANGUAGE_NAMES: Record<string, string> = {
	english: 'en',
	eng: 'en',
	french: 'fr',
	fr: 'fr',
	truefrench: 'fr',
	vff: 'fr',
	vfi: 'fr',
	spanish: 'es',
	german: 'de',
	italian: 'it',
	ita: 'it',
	danish: 'da',
	dutch: 'nl',
	nl: 'nl',
	flemish: 'nl',
	japanese: 'ja',
	jpn: 'ja',
	cantonese: 'zh',
	mandarin: 'zh',
	chinese: 'zh',
	russian: 'ru',
	rus: 'ru',
	polish: 'pl',
	vietnamese: 'vi',
	vietnam: 'vi',
	swedish: 'sv',
	norwegian: 'no',
	finnish: 'fi',
	turkish: 'tr',
	portuguese: 'pt',
	brazilian: 'pt',
	greek: 'el',
	korean: 'ko',
	hungarian: 'hu',
	persian: 'fa',
	bengali: 'bn',
	bulgarian: 'bg',
	hebrew: 'he',
	czech: 'cs',
	ukrainian: 'uk',
	ukr: 'uk',
	catalan: 'ca',
	thai: 'th',
	hindi: 'hi',
	tamil: 'ta',
	arabic: 'ar',
	estonian: 'et',
	icelandic: 'is',
	latvian: 'lv',
	lithuanian: 'lt',
	romanian: 'ro',
	slovak: 'sk',
	serbian: 'sr'
};
const languageCodes = (words: string[]) => [
	...new Set(words.flatMap((word) => LANGUAGE_NAMES[word.toLowerCase()] ?? []))
];
const CTRL_SOURCES: Record<string, Reading['source']> = {
	BLURAY: 'BluRay',
	WEBDL: 'WEB-DL',
	WEBRIP: 'WEBRip',
	SCREENER: 'SCR',
	CAM: 'CAM',
	TELESYNC: 'TS',
	TELECINE: 'TC',
	DVD: 'DVD',
	TV: 'HDTV'
};
const PTT_SOURCES: Record<string, Reading['source']> = {
	cam: 'CAM',
	'hd-cam': 'CAM',
	telesync: 'TS',
	tc: 'TC',
	dvdscr: 'SCR',
	dvd: 'DVD',
	dvdrip: 'DVD',
	hdtv: 'HDTV',
	tvrip: 'HDTV',
	'hd-tvrip': 'HDTV',
	'web-dl': 'WEB-DL',
	webrip: 'WEBRip',
	'web-rip': 'WEBRip',
	bluray: 'BluRay',
	bdrip: 'BluRay',
	brrip: 'BluRay',
	webmux: 'WEB-DL',
	bdmux: 'BluRay',
	brmux: 'BluRay'
};
const ptt = createRequire(import.meta.url)('parse-torrent-title') as {
	parse(name: string): Record<string, unknown>;
};

const candidates: Record<string, (name: string) => Reading> = {
	'release-name.ts (before)': (name) => {
		const marks = readEpisodeMarks(name);
		const label = guessQuality(name)?.label;
		return {
			resolution: label && label !== 'SD' ? (label as Reading['resolution']) : null,
			seasons: marks.kind === 'episode' ? [marks.season] : marks.kind === 'season' ? marks.seasons : [],
			episodes: marks.kind === 'episode' ? marks.episodes : [],
			source: null,
			year: null,
			languages: []
		};
	},
	'@viren070/parse-torrent-title 0.9.1': (name) => readBaseRelease(name, parseTorrentTitle(name)),
	'@ctrl/video-filename-parser 5.4.1': (name) => {
		const film = filenameParse(name, false);
		const show = filenameParse(name, true);
		const episodic = 'seasons' in show && (show.seasons.length > 0 || show.episodeNumbers.length > 0);
		const source = film.sources.length === 1 ? (CTRL_SOURCES[film.sources[0]!] ?? null) : null;
		return {
			resolution: RESOLUTION[film.resolution?.toLowerCase() ?? ''] ?? null,
			seasons: episodic ? show.seasons : [],
			episodes: episodic ? show.episodeNumbers : [],
			source,
			year: film.year ? Number(film.year) : null,
			languages: languageCodes(film.languages)
		};
	},
	'parse-torrent-title 3.0.1': (name) => {
		const parsed = ptt.parse(name);
		const list = (one: unknown, many: unknown) =>
			Array.isArray(many) ? (many as number[]) : typeof one === 'number' ? [one] : [];
		const languages = (parsed.languagelist ?? (parsed.language ? [parsed.language] : [])) as string[];
		return {
			resolution: RESOLUTION[String(parsed.resolution ?? '').toLowerCase()] ?? null,
			seasons: list(parsed.season, parsed.seasonlist),
			episodes: list(parsed.episode, parsed.episodelist),
			source: PTT_SOURCES[String(parsed.source ?? '')] ?? null,
			year: typeof parsed.year === 'number' ? parsed.year : null,
			languages: languageCodes(languages)
		};
	},
	'src/lib/server/release (this server)': (name) => parseRelease(name)!
};

function same(field: Field, got: Reading[Field], wanted: Reading[Field]): boolean {
	if (Array.isArray(wanted)) {
		const sorted = (values: unknown[]) => JSON.stringify([...new Set(values)].sort());
		return Array.isArray(got) && sorted(got) === sorted(wanted);
	}
	return got === wanted;
}

export interface CandidateFigures {
	candidate: string;
	/** Per field: the share of labelled names read right, on all names and on the held-out ones. */
	accuracy: Record<Field, { all: number; heldOut: number; labelled: number }>;
	msPer1000: number;
	firstCallMs: number;
}

const percent = (right: number, total: number) =>
	total === 0 ? NaN : Math.round((right / total) * 1000) / 10;

export function measureReleaseParsing(): {
	names: number;
	candidates: CandidateFigures[];
	misses: Record<string, unknown[]>;
} {
	const names = labelled.names;
	const results: CandidateFigures[] = [];
	const misses: Record<string, unknown[]> = {};
	for (const [candidate, read] of Object.entries(candidates)) {
		const start = performance.now();
		read(names[0]!.name);
		const firstCallMs = performance.now() - start;
		const readings = names.map((row) => read(row.name));
		// cost once warm, what a running server pays per result: the best of three passes, as the machine is shared
		let msPer1000 = Infinity;
		for (let pass = 0; pass < 3; pass++) {
			const timed = performance.now();
			for (const row of names) read(row.name);
			msPer1000 = Math.min(msPer1000, ((performance.now() - timed) / names.length) * 1000);
		}
		const accuracy = {} as CandidateFigures['accuracy'];
		for (const field of FIELDS) {
			let [right, total, heldRight, heldTotal] = [0, 0, 0, 0];
			names.forEach((row, i) => {
				if (!(field in row.expect)) return;
				const ok = same(field, readings[i]![field], row.expect[field] as Reading[Field]);
				total += 1;
				right += Number(ok);
				if (isHeldOut(row.name)) {
					heldTotal += 1;
					heldRight += Number(ok);
				}
				if (!ok && candidate.startsWith('src/'))
					(misses[field] ??= []).push({ name: row.name, want: row.expect[field], got: readings[i]![field] });
			});
			accuracy[field] = {
				all: percent(right, total),
				heldOut: percent(heldRight, heldTotal),
				labelled: total
			};
		}
		results.push({
			candidate,
			accuracy,
			msPer1000: Math.round(msPer1000 * 10) / 10,
			firstCallMs: Math.round(firstCallMs)
		});
	}
	return { names: names.length, candidates: results, misses };
}

export function printReleaseTable(figures: ReturnType<typeof measureReleaseParsing>): void {
	const width = Math.max(...figures.candidates.map(({ candidate }) => candidate.length));
	console.log(
		`release names: per-field accuracy %, all ${figures.names} names (held-out quarter), cost per 1,000 names`
	);
	console.log(
		`${''.padEnd(width)}  ${FIELDS.map((field) => field.padStart(13)).join('')}  ms/1000  first call ms`
	);
	for (const { candidate, accuracy, msPer1000, firstCallMs } of figures.candidates) {
		const cells = FIELDS.map((field) =>
			`${accuracy[field].all} (${accuracy[field].heldOut})`.padStart(13)
		).join('');
		console.log(
			`${candidate.padEnd(width)}  ${cells}  ${String(msPer1000).padStart(7)}  ${String(firstCallMs).padStart(13)}`
		);
	}
	const labelled = figures.candidates[0]!.accuracy;
	console.log(
		`labelled names per field: ${FIELDS.map((field) => `${field} ${labelled[field].labelled}`).join(', ')}`
	);
}

if (import.meta.main) {
	const figures = measureReleaseParsing();
	printReleaseTable(figures);
	if (process.env.BENCH_RELEASE_MISSES) console.log(JSON.stringify(figures.misses, null, 1));
}

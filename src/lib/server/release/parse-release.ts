// Reads what a release's name says about it (the contract's Release): @viren070/parse-torrent-title does
// the reading, corrections.ts fixes what it is measured to get wrong, and this file maps its vocabulary
// onto the contract's. Pure and cheap (tens of microseconds a name), so every result is parsed once.
import type { ParsedResult } from '@viren070/parse-torrent-title';
import type { Release, ReleaseSource, Resolution } from '#lib/release.ts';
import { lazyModule } from '#lib/server/lazy-module.ts';
import { correct, nearestResolution } from './corrections.ts';

// Loaded on first use (lazy-module.ts); a search readies it in the wait for its engines' answers.
const library = lazyModule<typeof import('@viren070/parse-torrent-title')>('@viren070/parse-torrent-title');

function parseTorrentTitle(name: string): ParsedResult {
	return library().parseTorrentTitle(name);
}

/** Names longer than this are cut before parsing: the library's regexes are linear, but not free. */
const MAX_PARSED_LENGTH = 300;

/** The resolution words parsers write, as the contract's values (the bench maps other libraries with it). */
export const RESOLUTION: Record<string, Resolution> = {
	'4k': '2160p',
	'2160p': '2160p',
	'1440p': '1440p',
	'1080p': '1080p',
	'720p': '720p',
	'576p': '576p',
	'480p': '480p',
	'360p': '360p'
};

// The library's `quality` words, folded onto the contract's ten sources. A rip is named by what it was
// ripped from (BDRip is a BluRay source, HDTVRip an HDTV one); words that say nothing certain are left out.
const SOURCE: Record<string, ReleaseSource> = {
	CAM: 'CAM',
	WORKPRINT: 'CAM',
	TeleSync: 'TS',
	TeleCine: 'TC',
	SCR: 'SCR',
	R5: 'SCR',
	DVD: 'DVD',
	DVDRip: 'DVD',
	VHSRip: 'DVD',
	HDTV: 'HDTV',
	HDTVRip: 'HDTV',
	PDTV: 'HDTV',
	SDTV: 'HDTV',
	TVRip: 'HDTV',
	SATRip: 'HDTV',
	PPV: 'HDTV',
	PPVRip: 'HDTV',
	WEB: 'WEB-DL',
	'WEB-DL': 'WEB-DL',
	VODR: 'WEBRip',
	WEBRip: 'WEBRip',
	'WEB-DLRip': 'WEBRip',
	WEBCap: 'WEBRip',
	HDRip: 'WEBRip',
	BluRay: 'BluRay',
	BDRip: 'BluRay',
	BRRip: 'BluRay',
	UHDRip: 'BluRay',
	REMUX: 'Remux',
	'BluRay REMUX': 'Remux'
};

const CODEC: Record<string, string> = {
	x264: 'x264',
	h264: 'x264',
	avc: 'x264',
	x265: 'x265',
	h265: 'x265',
	hevc: 'x265',
	av1: 'AV1',
	xvid: 'XviD',
	divx: 'DivX',
	mpeg2: 'MPEG-2',
	'mpeg-2': 'MPEG-2',
	mpeg: 'MPEG-2',
	vp9: 'VP9'
};

const HDR: Record<string, string> = { HDR: 'HDR10', 'HDR10+': 'HDR10+', DV: 'DV', HLG: 'HLG' };

// Audio as release names spell it, so that channels read naturally after a codec ("DDP5.1").
const AUDIO: Record<string, string> = {
	DDP: 'DDP',
	EAC3: 'DDP',
	DD: 'DD',
	AC3: 'DD',
	'DTS Lossless': 'DTS-HD MA',
	'DTS Lossy': 'DTS',
	TrueHD: 'TrueHD',
	Atmos: 'Atmos',
	AAC: 'AAC',
	FLAC: 'FLAC',
	OPUS: 'Opus',
	MP3: 'MP3',
	PCM: 'PCM'
};

function resolutionOf(word: string | undefined): Resolution | null {
	const value = word?.toLowerCase() ?? '';
	if (RESOLUTION[value]) return RESOLUTION[value];
	// heights between the listed ones (960p, 540p) as the listed one below them
	const height = /^(\d{3,4})p$/.exec(value)?.[1];
	return height ? nearestResolution(Number(height)) : null;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
const numbers = (values: number[] | undefined): number[] =>
	unique((values ?? []).filter((n) => Number.isInteger(n) && n >= 0)).sort((a, b) => a - b);

function audioOf(parsed: ParsedResult): string[] {
	const words = unique((parsed.audio ?? []).flatMap((word) => AUDIO[word] ?? []));
	// Atmos rides on a codec: the codec first, with the channels that belong to it ("TrueHD7.1", "Atmos").
	const codecs = [...words.filter((word) => word !== 'Atmos'), ...words.filter((word) => word === 'Atmos')];
	const channels = (parsed.channels ?? []).find((value) => /^\d\.\d$/.test(value));
	if (channels && codecs[0] && codecs[0] !== 'Atmos') codecs[0] = `${codecs[0]}${channels}`;
	return codecs;
}

function languagesOf(parsed: ParsedResult): string[] {
	return unique(
		(parsed.languages ?? []).flatMap((code) => {
			const base = code.split('-')[0]!;
			return /^[a-z]{2}$/.test(base) ? [base] : [];
		})
	);
}

/** The base library's reading in the contract's vocabulary, before corrections (also for the benchmark). */
export function readBaseRelease(name: string, parsed: ParsedResult): Release {
	const year = parsed.year ? Number(parsed.year.slice(0, 4)) : null;
	return {
		title: parsed.title?.trim() || null,
		year: year && Number.isInteger(year) ? year : null,
		seasons: numbers(parsed.seasons),
		episodes: numbers(parsed.episodes),
		complete: parsed.complete === true,
		resolution: resolutionOf(parsed.resolution),
		source: SOURCE[parsed.quality ?? ''] ?? null,
		codec: CODEC[parsed.codec?.toLowerCase() ?? ''] ?? null,
		hdr: unique((parsed.hdr ?? []).flatMap((word) => HDR[word] ?? [])),
		audio: audioOf(parsed),
		languages: languagesOf(parsed),
		group: parsed.group?.trim() || null
	};
}

let warm = false;

/**
 * Names of the usual shapes (a film, an episode, a season pack, an anime batch, a dubbed release): reading
 * each twice runs most of the library's patterns, and V8 compiles a pattern to machine code on its second
 * run, so the first real names are read at a warm process's speed.
 */
export const PRACTICE_NAMES = [
	'Warm.Up.S01E02.2024.1080p.WEB-DL.DDP5.1.H.264-GRP',
	'Practice Film (1999) 2160p UHD BluRay REMUX HDR10 DV TrueHD Atmos 7.1 HEVC-GROUP',
	'Practice.Show.S02.COMPLETE.720p.AMZN.WEBRip.x265.10bit.AAC.2.0-GRP[eztv]',
	'[Group] Practice Anime - 01-12 (BD 1080p x264 FLAC) [Dual Audio] [ABCD1234]',
	'Practice.Film.2021.MULTi.TRUEFRENCH.1080p.BluRay.DTS-HD.MA.5.1.x264-GRP',
	'Practice Show 3x04 Episode Title HDTV XviD-GRP',
	'Practice.Film.2010.PROPER.REPACK.Extended.Cut.480p.DVDRip.AC3.ITA.ENG.Subs-GRP.mkv'
];

/**
 * Reads a few names through the whole reader, so that the library loads and builds its pattern index and
 * its patterns and this file's code are compiled (tens of milliseconds of CPU once per process, then
 * microseconds a name): done while nobody waits, not in the middle of a search's first answer.
 */
export function warmUpReleaseParser(): void {
	if (warm) return;
	for (let round = 0; round < 2; round++) for (const name of PRACTICE_NAMES) parseRelease(name);
}

/** What a release's name says about it, or null when there is no name to read. */
export function parseRelease(name: string): Release | null {
	const text = name.trim().slice(0, MAX_PARSED_LENGTH);
	if (!text) return null;
	warm = true;
	const parsed = parseTorrentTitle(text);
	return correct(text, parsed, readBaseRelease(text, parsed));
}

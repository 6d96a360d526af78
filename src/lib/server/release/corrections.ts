// Rules that fix what the base parser is measured to get wrong on real names (scripts/release-names,
// `npm run bench:release`). Each rule fixes a class of names, never one name, and only fills or replaces a
// fact the name states in words the base parser does not know; each has a test beside it.
import type { ParsedResult } from '@viren070/parse-torrent-title';
import { RESOLUTIONS, type Release, type Resolution } from '#lib/release.ts';
import { languageOfWord } from './language-words.ts';

/** The name as lowercase words: every run of separators (dots, dashes, brackets…) is one space. */
function wordsOf(name: string): string {
	return ` ${name
		.toLowerCase()
		.replace(/[^\p{L}\p{N}+]+/gu, ' ')
		.trim()} `;
}

// Camera copies spelled as one word ("HDCAM", "CAMRip", "CAMHD") that the base parser reads as part of the
// title; a bare "CAM" counts only after the first word, where it cannot be a film called "Cam".
const CAM = / (?:hd ?cam|cam ?rip|cam ?hd|new ?cam|hqcam)(?: |$)/;
const BARE_CAM = /^ \S+ .*\bcam\b/;
const TELESYNC = / (?:telesynch|hd ?ts|ts ?rip)(?: |$)/;
// Blu-ray and HD DVD discs and their rips in spellings the base parser misses: BD25/BD50/BD66/BD100,
// BDLight, UHDBD, UHD2BD, MBluRay (music Blu-ray), "BD1080p", UHDBDRip, BDMV, "HD DVD", HDDVD.
const DISC =
	/ (?:bd(?:25|50|66|100)|bdlight|uhd ?bd(?:rip)?|uhd2bd|m ?blu ?ray|bd(?:480|576|720|1080|2160)p|bdmv|hd ?dvd(?:rip)?)(?: |$)/;
// DVD images and discs named by their size or format: DVD5, DVD9, DVD-R, DVDR.
const DVD = / (?:dvd ?[59]|dvd ?r[59]?|dvdr)(?: |$)/;
// Web sources in spellings the base parser misses: WEBMux (a web download remuxed), iTunesHD, HDWEB.
const WEB = / (?:web ?mux|itunes ?hd|itunes|hd ?web)(?: |$)/;
// Broadcasts recorded from satellite or cable: DSR, DSRip, DTHRip (Sonarr reads them as TV).
const BROADCAST = / (?:dsr|ds ?rip|dth ?rip|dvb ?rip)(?: |$)/;

function sourceOf(words: string, parsed: ParsedResult, release: Release): Release['source'] {
	const { source } = release;
	// an HD camera copy is still a camera copy: "HD-CAM" must never pass as a broadcast
	if ((source === null || source === 'HDTV') && (CAM.test(words) || BARE_CAM.test(words))) return 'CAM';
	if (source !== null && !(source === 'DVD' && / hd ?dvd /.test(words))) return source;
	if (TELESYNC.test(words)) return 'TS';
	if (DISC.test(words)) return 'BluRay';
	if (DVD.test(words)) return 'DVD';
	if (WEB.test(words)) return 'WEB-DL';
	if (BROADCAST.test(words)) return 'HDTV';
	// a streaming service's tag (AMZN, NF, DSNP, ATVP…) without a source word: downloaded from that service
	if (parsed.network && parsed.quality === undefined) return 'WEB-DL';
	return null;
}

const RESOLUTION_NUMBER = /(?<![\p{L}\p{N}])(\d{3,4})[pi](?![\p{L}\p{N}])/gu;

/** The best resolution a name states, when it states several (a dual release): the base takes the last. */
function resolutionOf(name: string, words: string, release: Release): Resolution | null {
	const stated = [...name.matchAll(RESOLUTION_NUMBER)].map((match) => nearestResolution(Number(match[1])));
	const best = stated
		.filter((value): value is Resolution => value !== null)
		.sort((a, b) => RESOLUTIONS.indexOf(a) - RESOLUTIONS.indexOf(b))[0];
	if (release.resolution && best && RESOLUTIONS.indexOf(best) < RESOLUTIONS.indexOf(release.resolution))
		return best;
	if (release.resolution) return release.resolution;
	if (best) return best;
	const frame = FRAME_SIZE.exec(name);
	if (frame) return nearestResolution(Number(frame[2]));
	if (/ fhd /.test(words)) return '1080p';
	if (/ uhd /.test(words)) return '2160p';
	return null;
}

/** A stated height outside the contract's list (960p, 540p) as the largest listed one it reaches. */
export function nearestResolution(height: number): Resolution | null {
	if (height > 4320 || height < 360) return null;
	if (height >= 2160) return '2160p';
	return RESOLUTIONS.find((resolution) => Number.parseInt(resolution, 10) <= height) ?? null;
}

// "5of6", "3 of 6", "3iz6" (Serbian/Croatian "of"): the fifth of six parts, not episodes one to five.
const PART_OF = /(?<![\p{L}\p{N}])(\d{1,3}) ?(?:of|iz) ?(\d{1,3})(?![\p{L}\p{N}])/iu;
// "1x01-1x03" and "1x01-03": a range of episodes in the older scene spelling, which the base reads as one.
const CROSS_RANGE = /(?<![\p{L}\p{N}])(\d{1,2})x(\d{2,3}) ?- ?(?:\1x)?(\d{2,3})(?![\p{L}\p{N}])/iu;
// "1280*720", "1920×1080": a frame size, which the base reads as episode 1280 and no resolution.
const FRAME_SIZE = /(?<![\p{L}\p{N}])(\d{3,4}) ?[*×] ?(\d{3,4})(?![\p{L}\p{N}])/u;
// "Title - 11 - Episode Title 511": dashes that part a name, which the base reads as a range of hundreds.
const SPACED_DASH = /(?<![\p{L}\p{N}])(\d{1,4})[ _]+-[ _]+(\d{1,4})(?![\p{L}\p{N}])/u;
/** More episodes than any season or batch a single name spells as "a - b" with spaces around the dash. */
const MAX_SPACED_RANGE = 100;
// "S 01" with a space and no episode after it: a season, which the base reads as episode 1.
const SPACED_SEASON = /(?<![\p{L}\p{N}])s (\d{1,2})(?![\p{L}\p{N}])(?! ?e ?\d)/iu;

function episodesOf(name: string, release: Release): Pick<Release, 'seasons' | 'episodes' | 'title'> {
	const { seasons, title } = release;
	let { episodes } = release;
	const frame = FRAME_SIZE.exec(name);
	if (frame) episodes = episodes.filter((episode) => episode !== Number(frame[1]));
	const spacedDash = SPACED_DASH.exec(name);
	if (spacedDash && episodes.length > MAX_SPACED_RANGE) {
		const [from, to] = [Number(spacedDash[1]), Number(spacedDash[2])];
		if (episodes[0] === from && episodes.at(-1) === to) episodes = [from];
	}
	const part = PART_OF.exec(name);
	if (part && seasons.length === 0) {
		const [n, of] = [Number(part[1]), Number(part[2])];
		if (n <= of && episodes.length === n && episodes[0] === 1) return { seasons, episodes: [n], title };
	}
	const cross = CROSS_RANGE.exec(name);
	if (cross && episodes.length <= 1) {
		const [season, from, to] = [Number(cross[1]), Number(cross[2]), Number(cross[3])];
		if (to > from && to - from < 50 && (seasons.length === 0 || seasons[0] === season)) {
			return {
				seasons: [season],
				episodes: Array.from({ length: to - from + 1 }, (_, i) => from + i),
				title
			};
		}
	}
	const spaced = SPACED_SEASON.exec(name.replace(/[._]/g, ' '));
	if (spaced && seasons.length === 0) {
		const season = Number(spaced[1]);
		const rest = episodes.length === 1 && episodes[0] === season ? [] : episodes;
		return { seasons: [season], episodes: rest, title: title?.replace(/\s+S$/i, '') || title };
	}
	return { seasons, episodes, title };
}

/** Strips a trailing word a rule read as a fact from the title the base parser made of it ("Movie HDCAM"). */
function titleWithout(title: string | null, pattern: RegExp): string | null {
	if (!title) return title;
	const words = title.split(/\s+/);
	while (words.length > 1 && pattern.test(words.at(-1)!.toLowerCase())) words.pop();
	return words.join(' ');
}

const SOURCE_WORD =
	/^(?:hd-?cam|cam-?rip|camhd|newcam|hqcam|hdts|telesynch|uhd|fhd|bdlight|uhdbd|uhd2bd|webmux)$/;

/**
 * Languages named after the title that the base missed ("S01E14.French.HDTV", "HUNDUB", "CATALAN"). Words of
 * the title itself are not read: "The Danish Girl" names no language. (Dropping the languages the base
 * read from the title was measured too, and lost more names than it won.)
 */
function languagesOf(name: string, release: Release): string[] {
	const words = wordsOf(name).trim().split(' ');
	const titleWords = release.title ? wordsOf(release.title).trim().split(' ') : [];
	let end = 0;
	if (titleWords.length > 0) {
		for (let at = 0; at + titleWords.length <= words.length; at++) {
			if (titleWords.every((word, i) => words[at + i] === word)) {
				end = at + titleWords.length;
				break;
			}
		}
	}
	const named = words.slice(end).flatMap((word) => languageOfWord(word) ?? []);
	return [...new Set([...release.languages, ...named])];
}

export function correct(name: string, parsed: ParsedResult, release: Release): Release {
	const words = wordsOf(name);
	const source = sourceOf(words, parsed, release);
	const resolution = resolutionOf(name, words, release);
	const episodic = episodesOf(name, release);
	return {
		...release,
		...episodic,
		title: titleWithout(episodic.title, SOURCE_WORD),
		languages: languagesOf(name, { ...release, title: episodic.title }),
		source: source === 'BluRay' && / (?:remux|bdremux) /.test(words) ? 'Remux' : source,
		resolution
	};
}

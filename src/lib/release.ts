// What a release's name says about it (resolution, source, codec, languages, episodes), shared by the
// server's formats and the browser's chips. Absent facts are null or [], never guessed.

export const RESOLUTIONS = ['2160p', '1440p', '1080p', '720p', '576p', '480p', '360p'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Worst to best, so that a higher index is a better picture. */
export const SOURCES = [
	'CAM',
	'TS',
	'TC',
	'SCR',
	'DVD',
	'HDTV',
	'WEB-DL',
	'WEBRip',
	'BluRay',
	'Remux'
] as const;
export type ReleaseSource = (typeof SOURCES)[number];

export interface Release {
	/** The title part of the name. */
	title: string | null;
	year: number | null;
	seasons: number[];
	/** Empty for a season pack, which lists its seasons only. */
	episodes: number[];
	/** A complete series or collection. */
	complete: boolean;
	resolution: Resolution | null;
	source: ReleaseSource | null;
	/** "x264", "x265", "AV1", "XviD", "MPEG-2", … */
	codec: string | null;
	/** "HDR10", "HDR10+", "DV", "HLG", … */
	hdr: string[];
	/** "DDP5.1", "Atmos", … */
	audio: string[];
	/** ISO 639-1 codes. */
	languages: string[];
	group: string | null;
}

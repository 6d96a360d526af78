// A release for tests that build results by hand: only the facts a test names, the rest absent as the
// parser leaves them (null or []).
import type { Release } from '#lib/release.ts';

export function release(fields: Partial<Release>): Release {
	return {
		title: null,
		year: null,
		seasons: [],
		episodes: [],
		complete: false,
		resolution: null,
		source: null,
		codec: null,
		hdr: [],
		audio: [],
		languages: [],
		group: null,
		...fields
	};
}

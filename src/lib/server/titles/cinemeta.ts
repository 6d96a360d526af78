// Cinemeta, Stremio's metadata service: the name and year of an IMDb id, read from its meta JSON.
import { z } from '#lib/zod.ts';
import { readJson } from '#lib/server/read-json.ts';
import type { Title, TitleKind } from './title.ts';

export function cinemetaMetaUrl(baseUrl: string, kind: TitleKind, imdbId: string): string {
	return `${baseUrl.replace(/\/+$/, '')}/meta/${kind}/${imdbId}.json`;
}

// Cinemeta gives `year` as "1994" for films and "2011–2019" for series; releaseInfo is the same text.
const answer = z.object({
	meta: z.nullish(
		z.object({
			name: z.optional(z.string().check(z.trim(), z.minLength(1))),
			year: z.optional(z.union([z.string(), z.number()])),
			releaseInfo: z.optional(z.union([z.string(), z.number()]))
		})
	)
});

export function firstYear(text: string | number | undefined): number | null {
	const match = /\b(1[89]\d\d|2\d\d\d)\b/.exec(String(text ?? ''));
	return match ? Number(match[1]) : null;
}

/** The title in a Cinemeta answer; null when the id is unknown to it or the answer is not its JSON. */
export function parseCinemetaMeta(body: string): Title | null {
	const meta = readJson(body, answer)?.meta;
	if (!meta?.name) return null;
	return { name: meta.name, year: firstYear(meta.year) ?? firstYear(meta.releaseInfo), source: 'cinemeta' };
}

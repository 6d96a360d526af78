// Preferences read from their text form (a query string, a form, a Stremio configuration): one zod schema
// shared by every face and by the browser, with messages that name the parameter.
import { refuse, z } from './zod.ts';
import { RESOLUTIONS } from './release.ts';
import {
	EXCLUSIONS,
	listedWords,
	MAX_PER_RESOLUTION,
	PREFERENCE_KEYS,
	SIZE_UNITS,
	SORTS,
	type Preferences
} from './preferences.ts';

const MAX_VALUE_LENGTH = 200;

/** A comma-separated list of words out of `known`, lowercased, each once, in the order given. */
function wordList<const T extends string>(name: string, known: readonly T[], what: string) {
	return z.pipe(
		z.string().check(z.maxLength(MAX_VALUE_LENGTH, `${name} is too long`)),
		z.transform((value: string, ctx): T[] => {
			const words = listedWords(value);
			const unknown = words.filter((word) => !(known as readonly string[]).includes(word));
			if (unknown.length > 0) {
				return refuse(
					ctx,
					`${name}: unknown ${what} ${unknown.slice(0, 3).join(', ').slice(0, 60)}; known: ${known.join(', ')}`
				);
			}
			return words as T[];
		})
	);
}

/** `700MB`, `8GB`, `1.5 GiB`: decimal units as disks are sold, binary ones (KiB…TiB) as clients show them. */
function sizeBound(name: string) {
	return z.pipe(
		z.string().check(z.maxLength(20, `${name} is too long`)),
		z.transform((value: string, ctx): number => {
			const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)\s*$/i.exec(value);
			if (!match) return refuse(ctx, `${name} must be a size like 700MB, 8GB or 1.5GiB`);
			return Math.round(Number(match[1]) * SIZE_UNITS[match[2]!.toLowerCase()]!);
		})
	);
}

function languageList() {
	return z.pipe(
		z.string().check(z.maxLength(MAX_VALUE_LENGTH, 'lang is too long')),
		z.transform((value: string, ctx): string[] => {
			const codes = listedWords(value);
			const wrong = codes.filter((code) => !/^[a-z]{2}$/.test(code));
			if (wrong.length > 0) {
				return refuse(
					ctx,
					`lang: ${wrong[0]!.slice(0, 20)} is not a two-letter language code (ISO 639-1) like pt or en`
				);
			}
			return codes;
		})
	);
}

const perresMessage = `perres must be a whole number from 1 to ${MAX_PER_RESOLUTION}`;

function buildPreferencesSchema() {
	return z
		.object({
			res: z._default(wordList('res', RESOLUTIONS, 'resolution'), []),
			exclude: z._default(wordList('exclude', EXCLUSIONS, 'exclusion'), []),
			minsize: z._default(z.nullable(sizeBound('minsize')), null),
			maxsize: z._default(z.nullable(sizeBound('maxsize')), null),
			lang: z._default(languageList(), []),
			sort: z._default(
				z.pipe(
					z.pipe(
						z.string(),
						z.transform((value: string) => value.trim().toLowerCase())
					),
					z.enum(SORTS, { error: `sort must be one of ${SORTS.join(', ')}` })
				),
				'best'
			),
			perres: z._default(
				z.nullable(
					z.pipe(
						z.pipe(z.string().check(z.regex(/^\s*\d{1,4}\s*$/, perresMessage)), z.transform(Number)),
						z.number().check(z.gte(1, perresMessage), z.lte(MAX_PER_RESOLUTION, perresMessage))
					)
				),
				null
			)
		})
		.check(
			z.refine(
				(value) => value.minsize === null || value.maxsize === null || value.minsize <= value.maxsize,
				{
					message: 'minsize must not be above maxsize'
				}
			)
		) satisfies z.ZodMiniType<Preferences, Partial<Record<(typeof PREFERENCE_KEYS)[number], string | null>>>;
}

let schema: ReturnType<typeof buildPreferencesSchema> | undefined;

/**
 * Preferences from their text form, every value a string as URLs and Stremio configurations carry them;
 * an absent (or empty) key is the default. Errors name the parameter. Built on first use, not when a
 * route that may never parse loads this module.
 */
export function preferencesSchema(): ReturnType<typeof buildPreferencesSchema> {
	return (schema ??= buildPreferencesSchema());
}

export type PreferencesOutcome = { ok: true; value: Preferences } | { ok: false; error: string };

function parseRecord(record: Record<string, string>): PreferencesOutcome {
	// an empty value (a form's untouched field) means the default, as if the key were absent
	const given = Object.fromEntries(Object.entries(record).filter(([, value]) => value.trim() !== ''));
	const parsed = preferencesSchema().safeParse(given);
	if (parsed.success) return { ok: true, value: parsed.data };
	return { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid preferences' };
}

/**
 * Preferences from a query string. A list may be given once comma-separated (`res=2160p,1080p`) or
 * repeated (`res=2160p&res=1080p`, as a form's checkboxes send it); a single value given twice is an error.
 */
export function parsePreferences(params: URLSearchParams): PreferencesOutcome {
	const record: Record<string, string> = {};
	for (const key of PREFERENCE_KEYS) {
		const values = params.getAll(key).filter((value) => value.trim() !== '');
		if (values.length === 0) continue;
		const list = key === 'res' || key === 'exclude' || key === 'lang';
		if (values.length > 1 && !list) return { ok: false, error: `${key} must be given once` };
		record[key] = values.join(',');
	}
	return parseRecord(record);
}

export interface StremioConfig {
	preferences: Preferences;
	/** Engine ids named by the configuration (checked against the server's engines by the server). */
	engines: string[] | undefined;
}

const MAX_CONFIG_LENGTH = 1000;

/**
 * A Stremio add-on configuration: one path segment of `|`-separated `key=value` pairs, the preference
 * keys plus `engines=a,b`, e.g. `res=2160p,1080p|exclude=cam|sort=seeders` (percent-encoded or not).
 */
export function parseStremioConfig(
	segment: string
): { ok: true; value: StremioConfig } | { ok: false; error: string } {
	if (segment.length > MAX_CONFIG_LENGTH) return { ok: false, error: 'the configuration is too long' };
	let text: string;
	try {
		text = decodeURIComponent(segment);
	} catch {
		return { ok: false, error: 'the configuration is not valid percent-encoding' };
	}
	const record: Record<string, string> = {};
	let engines: string[] | undefined;
	for (const pair of text.split('|')) {
		if (pair.trim() === '') continue;
		const at = pair.indexOf('=');
		const key = (at === -1 ? pair : pair.slice(0, at)).trim().toLowerCase();
		const value = at === -1 ? '' : pair.slice(at + 1);
		if (at === -1) return { ok: false, error: `${key.slice(0, 40)} needs a value (key=value)` };
		if (key === 'engines') {
			engines = listedWords(value);
			if (engines.length === 0) return { ok: false, error: 'engines must name at least one engine' };
			continue;
		}
		if (!(PREFERENCE_KEYS as readonly string[]).includes(key)) {
			return {
				ok: false,
				error: `unknown configuration key ${key.slice(0, 40)}; known: ${[...PREFERENCE_KEYS, 'engines'].join(', ')}`
			};
		}
		if (key in record) return { ok: false, error: `${key} must be given once` };
		record[key] = value;
	}
	const preferences = parseRecord(record);
	if (!preferences.ok) return preferences;
	return { ok: true, value: { preferences: preferences.value, engines } };
}

// The result preferences a saved search keeps (the contract's `res`, `exclude`, `minsize`, `maxsize`, `lang`,
// `sort`, `perres`), read from a request and kept as the query parameters the search faces take. This is
// the one place they are checked for saving: when the search core gains its own parser for them, this
// module calls it instead, and every saved search keeps working because it stores the same strings.
import { z } from 'zod';
import { fail, ok, type Parsed } from '#lib/outcome.ts';

export const PREFERENCE_KEYS = ['res', 'exclude', 'minsize', 'maxsize', 'lang', 'sort', 'perres'] as const;
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];
export type Preferences = Partial<Record<PreferenceKey, string>>;

const RESOLUTIONS = ['2160p', '1440p', '1080p', '720p', '576p', '480p', '360p'];
const EXCLUSIONS = ['cam', '3d', 'hdr', 'dv', 'remux', 'x265', 'unknown'];
const SORTS = ['best', 'seeders', 'size', 'newest'];

/** A comma list whose every item is one of `allowed` (compared in lower case). */
function listOf(name: string, allowed: readonly string[] | RegExp) {
	return z.string().refine(
		(value) =>
			value
				.split(',')
				.map((item) => item.trim().toLowerCase())
				.every((item) => (Array.isArray(allowed) ? allowed.includes(item) : (allowed as RegExp).test(item))),
		{
			message: Array.isArray(allowed)
				? `${name} must be a comma-separated list of ${allowed.join(', ')}`
				: `${name} must be a comma-separated list of two-letter language codes (ISO 639-1)`
		}
	);
}

const size = (name: string) =>
	z
		.string()
		.regex(
			/^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)?$/i,
			`${name} must be a size such as 700MB or 8GB`
		);

const preferenceSchema = z.object({
	res: listOf('res', RESOLUTIONS).optional(),
	exclude: listOf('exclude', EXCLUSIONS).optional(),
	minsize: size('minsize').optional(),
	maxsize: size('maxsize').optional(),
	lang: listOf('lang', /^[a-z]{2}$/).optional(),
	sort: z.enum(SORTS, { error: `sort must be one of ${SORTS.join(', ')}` }).optional(),
	perres: z
		.string()
		.regex(/^\d{1,3}$/, 'perres must be a whole number from 1 to 100')
		.refine(
			(value) => Number(value) >= 1 && Number(value) <= 100,
			'perres must be a whole number from 1 to 100'
		)
		.optional()
});

/** The preferences given (each as its query-parameter text), or why they are not valid. */
export function parsePreferences(given: Preferences): Parsed<Preferences> {
	const parsed = preferenceSchema.safeParse(given);
	if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? 'invalid preferences');
	const kept: Preferences = {};
	for (const key of PREFERENCE_KEYS) {
		const value = parsed.data[key]?.trim();
		if (value) kept[key] = value;
	}
	return ok(kept);
}

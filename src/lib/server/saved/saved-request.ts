// What a request to save or rename a search says, read once: the query and engines exactly as the search
// faces read them (the same messages), the preferences through their one parser, a name within bounds.
import { z } from '#lib/zod.ts';
import { fail, ok, type Parsed } from '#lib/outcome.ts';
import { parseSearchParams } from '#lib/server/search/params.ts';
import { PREFERENCE_KEYS, parseSavedPreferences, type SavedPreferences } from './preferences.ts';
import { MAX_NAME_LENGTH, type NewSearch } from './saved-searches.ts';

export const SAVE_USAGE = '{"q": "…", "engines": ["apibay"], "res": "1080p", "name": "…"}';

/** A parameter as JSON may carry it: text, a number, or a list (joined with commas, as in an address). */
const parameter = z.pipe(
	z.pipe(
		z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()])).check(z.maxLength(50))], {
			error: 'must be text, a number or a list'
		}),
		z.transform((value: string | number | (string | number)[]) =>
			Array.isArray(value) ? value.join(',') : String(value)
		)
	),
	z.string().check(z.maxLength(500, 'must be at most 500 characters'))
);

const name = z.pipe(
	z
		.string({ error: 'name must be text' })
		.check(z.maxLength(MAX_NAME_LENGTH, `name must be at most ${MAX_NAME_LENGTH} characters`)),
	z.transform((value: string) => value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim())
);

const saveBody = z.looseObject(
	{
		q: z.optional(parameter),
		engines: z.nullish(parameter),
		name: z.nullish(name),
		...Object.fromEntries(PREFERENCE_KEYS.map((key) => [key, z.nullish(parameter)]))
	},
	{ error: `the body must be a JSON object: ${SAVE_USAGE}` }
);

/** A save request's body (JSON, or a form's fields gathered into an object) as a search to keep. */
export function parseSaveRequest(body: unknown): Parsed<NewSearch> {
	const parsed = saveBody.safeParse(body);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const field = issue?.path[0];
		return fail(field !== undefined ? `${String(field)} ${issue?.message}` : (issue?.message ?? SAVE_USAGE));
	}
	const fields = parsed.data as Record<string, string | null | undefined>;
	const params = new URLSearchParams();
	if (fields.q !== undefined && fields.q !== null) params.set('q', fields.q);
	if (fields.engines) params.set('engines', fields.engines);
	const search = parseSearchParams(params);
	if (!search.ok) return search;
	const given: SavedPreferences = {};
	for (const key of PREFERENCE_KEYS) {
		const value = fields[key];
		if (value) given[key] = value;
	}
	const preferences = parseSavedPreferences(given);
	if (!preferences.ok) return preferences;
	return ok({
		name: fields.name ?? undefined,
		q: search.value.query,
		engines: search.value.engines ?? null,
		preferences: preferences.value
	});
}

/** A rename request's body: `{ "name": "…" }`. */
export function parseRenameRequest(body: unknown): Parsed<string> {
	const parsed = z
		.object(
			{ name: z.pipe(name, z.string().check(z.minLength(1, 'name must not be empty'))) },
			{
				error: 'the body must be a JSON object: {"name": "…"}'
			}
		)
		.safeParse(body);
	if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? 'name is required');
	return ok(parsed.data.name);
}

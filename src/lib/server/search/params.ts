// The search parameters every face accepts (`q`, `engines`), parsed once with a message a person can act on.
import { refuse, z } from '#lib/zod.ts';
import { isEngineId, type EngineId } from '#lib/engine-ids.ts';
import { fail, ok, type Parsed } from '#lib/outcome.ts';
import { listedWords } from '#lib/preferences.ts';
import { availableEngineIds, isEngineAvailable } from '#lib/server/engines/endpoint.ts';

export const MAX_QUERY_LENGTH = 200;

const single = (name: string) =>
	z.pipe(
		z.array(z.string()).check(z.maxLength(1, `${name} must be given once`)),
		z.transform((values: string[]) => values[0])
	);

const query = z.pipe(
	single('q'),
	z.pipe(
		z.pipe(
			z.string({ error: 'q is required: the text to search for' }),
			z.transform((value: string) => value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim())
		),
		z
			.string()
			.check(
				z.minLength(1, 'q is required: the text to search for'),
				z.maxLength(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
			)
	)
);

const engines = z.pipe(
	single('engines'),
	z.transform((value: string | undefined, ctx): EngineId[] | undefined => {
		if (value === undefined) return undefined;
		const ids = listedWords(value);
		const unknown = ids.filter((id) => !isEngineId(id));
		if (unknown.length > 0) {
			return refuse(
				ctx,
				`unknown engine ${unknown.slice(0, 3).join(', ').slice(0, 80)}; known: ${availableEngineIds().join(', ')}`
			);
		}
		const unavailable = ids.filter((id) => !isEngineAvailable(id as EngineId));
		if (unavailable.length > 0) {
			return refuse(ctx, `engine ${unavailable.join(', ')} is not configured on this server`);
		}
		if (ids.length === 0) {
			return refuse(ctx, 'engines must name at least one engine, or be left out');
		}
		return ids as EngineId[];
	})
);

export interface SearchParams {
	query: string;
	engines: EngineId[] | undefined;
}

export function parseSearchParams(params: URLSearchParams): Parsed<SearchParams> {
	const parsed = z
		.object({ query, engines })
		.safeParse({ query: params.getAll('q'), engines: params.getAll('engines') });
	if (!parsed.success) return fail(parsed.error.issues[0]?.message ?? 'invalid parameters');
	return ok(parsed.data);
}

// The search parameters every face accepts (`q`, `engines`), parsed once with a message a person can act on.
import { z } from 'zod';
import { isEngineId, type EngineId } from '#lib/engine-ids.ts';
import { fail, ok, type Parsed } from '#lib/outcome.ts';
import { availableEngineIds, isEngineAvailable } from '#lib/server/engines/endpoint.ts';

export const MAX_QUERY_LENGTH = 200;

const single = (name: string) =>
	z
		.array(z.string())
		.max(1, `${name} must be given once`)
		.transform((values) => values[0]);

const query = single('q').pipe(
	z
		.string({ error: 'q is required: the text to search for' })
		.transform((value) => value.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim())
		.pipe(
			z
				.string()
				.min(1, 'q is required: the text to search for')
				.max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)
		)
);

const engines = single('engines').transform((value, ctx): EngineId[] | undefined => {
	if (value === undefined) return undefined;
	const ids = [
		...new Set(
			value
				.split(',')
				.map((id) => id.trim().toLowerCase())
				.filter(Boolean)
		)
	];
	const unknown = ids.filter((id) => !isEngineId(id));
	if (unknown.length > 0) {
		ctx.addIssue({
			code: 'custom',
			message: `unknown engine ${unknown.slice(0, 3).join(', ').slice(0, 80)}; known: ${availableEngineIds().join(', ')}`
		});
		return z.NEVER;
	}
	const unavailable = ids.filter((id) => !isEngineAvailable(id as EngineId));
	if (unavailable.length > 0) {
		ctx.addIssue({
			code: 'custom',
			message: `engine ${unavailable.join(', ')} is not configured on this server`
		});
		return z.NEVER;
	}
	if (ids.length === 0) {
		ctx.addIssue({ code: 'custom', message: 'engines must name at least one engine, or be left out' });
		return z.NEVER;
	}
	return ids as EngineId[];
});

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

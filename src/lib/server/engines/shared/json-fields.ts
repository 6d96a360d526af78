// zod pieces for the loose JSON of torrent indexes: counts that arrive as numbers or as digit strings.
import { refuse, z } from '#lib/zod.ts';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { normaliseInfohash } from '#lib/server/magnet/magnet.ts';
import { readJson } from '#lib/server/read-json.ts';
import type { EngineAnswer, EngineOutcome } from '../types.ts';
import { captcha, looksLikeChallenge, statusOutcome, UNEXPECTED_SHAPE } from './answer-status.ts';

/** A whole number sent as a number or a string of digits; null and absence read as unknown. */
export const count = z.pipe(
	z.optional(z.union([z.number(), z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*$/)), z.null()])),
	z.transform((value: number | string | null | undefined) =>
		value === null || value === undefined ? null : Math.round(Number(value))
	)
);

/** A time in whole seconds since 1970 (as indexes send it, number or digits) as ms; unknown as null. */
export const unixSeconds = z.pipe(
	count,
	z.transform((value: number | null) => (value && value > 0 ? value * 1000 : null))
);

/**
 * An index's JSON answer, read in the order every index needs: a blocking or failed status, a challenge
 * page served in place of the JSON, then the shape. Either the data or the outcome to return.
 */
export function readJsonAnswer<Schema extends z.ZodMiniType>(
	answer: EngineAnswer,
	schema: Schema
): Outcome<z.output<Schema>, EngineOutcome> {
	const failure = statusOutcome(answer);
	if (failure) return fail(failure);
	if (looksLikeChallenge(answer.body)) return fail(captcha('challenge page'));
	const data = readJson(answer.body, schema);
	return data === null ? fail(UNEXPECTED_SHAPE) : ok(data);
}

/**
 * A list of rows read one by one: a row of another shape (a null name, a hash that is none) is dropped,
 * never the whole answer with it. When no row at all has the shape, the index changed it: that fails.
 */
export function rows<Row extends z.ZodMiniType>(row: Row) {
	return z.pipe(
		z.array(z.unknown()),
		z.transform((items: unknown[], ctx) => {
			const kept = items.flatMap((item): z.output<Row>[] => {
				const read = row.safeParse(item);
				return read.success ? [read.data] : [];
			});
			if (items.length > 0 && kept.length === 0) return refuse(ctx, 'no row has the expected shape');
			return kept;
		})
	);
}

/** A v1 infohash as indexes spell it (hex in either case, or base32), as 40 lowercase hex. */
export const infohash = z.pipe(
	z.string(),
	z.transform((value: string, ctx) => normaliseInfohash(value) ?? refuse(ctx, 'not an infohash'))
);

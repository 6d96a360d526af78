// zod pieces for the loose JSON of torrent indexes: counts that arrive as numbers or as digit strings.
import { z } from 'zod';
import { normaliseInfohash } from '#lib/server/magnet/magnet.ts';

/** A whole number sent as a number or a string of digits; null and absence read as unknown. */
export const count = z
	.union([z.number(), z.string().regex(/^\s*\d+(\.\d+)?\s*$/), z.null()])
	.optional()
	.transform((value) => (value === null || value === undefined ? null : Math.round(Number(value))));

/** Parses an answer body as JSON of the given shape; null when it is not JSON or not that shape. */
export function readJson<Schema extends z.ZodType>(body: string, schema: Schema): z.output<Schema> | null {
	let value: unknown;
	try {
		value = JSON.parse(body);
	} catch {
		return null;
	}
	const parsed = schema.safeParse(value);
	return parsed.success ? parsed.data : null;
}

/** A v1 infohash as indexes spell it (hex in either case, or base32), as 40 lowercase hex. */
export const infohash = z.string().transform((value, ctx) => {
	const hex = normaliseInfohash(value);
	if (hex) return hex;
	ctx.addIssue({ code: 'custom', message: 'not an infohash' });
	return z.NEVER;
});

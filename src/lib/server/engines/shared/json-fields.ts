// zod pieces for the loose JSON of torrent indexes: counts that arrive as numbers or as digit strings.
import { z } from 'zod';

/** A whole number sent as a number or a string of digits; null and absence read as unknown. */
export const count = z
	.union([z.number(), z.string().regex(/^\s*\d+(\.\d+)?\s*$/), z.null()])
	.optional()
	.transform((value) => (value === null || value === undefined ? null : Math.round(Number(value))));

// The Release contract as a schema, for stored data read back (a cached search written by an older
// version without it, or damaged, fails and is searched afresh).
import { z } from '#lib/zod.ts';
import { RESOLUTIONS, SOURCES } from '#lib/release.ts';

const count = z.number().check(z.int(), z.nonnegative());

export const releaseSchema = z.object({
	title: z.nullable(z.string()),
	year: z.nullable(count),
	seasons: z.array(count),
	episodes: z.array(count),
	complete: z.boolean(),
	resolution: z.nullable(z.enum(RESOLUTIONS)),
	source: z.nullable(z.enum(SOURCES)),
	codec: z.nullable(z.string()),
	hdr: z.array(z.string()),
	audio: z.array(z.string()),
	languages: z.array(z.string()),
	group: z.nullable(z.string())
});

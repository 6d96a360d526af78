// What the saved searches' state holds, as it is read back from the store (saved-searches.ts), apart so
// that a page listing an empty store loads no zod.
import { z } from '#lib/zod.ts';
import type { SavedSearch, SeenRecord } from './saved-searches.ts';

const savedSearch = z.object({
	id: z.string(),
	name: z.string(),
	q: z.string(),
	engines: z.nullable(z.array(z.string())),
	preferences: z.record(z.string(), z.string()),
	token: z.string(),
	createdAt: z.number(),
	viewedAt: z.number()
});

export const savedLists = z.array(savedSearch) as unknown as z.ZodMiniType<SavedSearch[]>;
export const feedOwner = z.object({ owner: z.string(), id: z.string() });
export const seenRecord: z.ZodMiniType<SeenRecord> = z.object({
	since: z.number(),
	hashes: z.record(z.string(), z.number())
});

// Finished searches kept in the state store so a repeat (a page reload, Stremio asking again, another
// replica, the next process after an idle exit) answers at once. Expiry is the store's, judged on read.
import { createHash } from 'node:crypto';
import { z } from '#lib/zod.ts';
import type { EngineId } from '#lib/engine-ids.ts';
import {
	ENGINE_STATUSES,
	type EngineEvent,
	type PageEvent,
	type Result,
	type SearchEvent
} from '#lib/search-events.ts';
import { config } from '#lib/server/config.ts';
import { engineUrl } from '#lib/server/engines/endpoint.ts';
import { releaseSchema } from '#lib/server/release/release-schema.ts';
import { stateNamespace } from '#lib/server/state/state.ts';

export interface FinishedSearch {
	engines: EngineEvent[];
	pages: PageEvent[];
	/** Ranked, merged. */
	results: Result[];
}

// What a stored search must look like to be served again: one written by another version, or damaged,
// is searched afresh. Loose objects, so that fields added later pass through.
const nullableString = z.nullable(z.string());
const finishedSearch = z.object({
	engines: z.array(
		z.looseObject({
			type: z.literal('engine'),
			id: z.string(),
			status: z.enum(ENGINE_STATUSES),
			ms: z.number(),
			links: z.array(z.string()),
			error: nullableString
		})
	),
	pages: z.array(
		z.looseObject({
			type: z.literal('page'),
			url: z.string(),
			engine: z.string(),
			magnets: z.number(),
			error: nullableString
		})
	),
	results: z.array(
		z.looseObject({
			infohash: z.string(),
			name: nullableString,
			magnet: z.string(),
			trackers: z.array(z.string()),
			size: z.nullable(z.number()),
			seeders: z.nullable(z.number()),
			leechers: z.nullable(z.number()),
			sources: z.array(z.object({ engine: z.string(), page: nullableString })),
			release: z.nullable(releaseSchema)
		})
	)
});

/** Searches kept at once: a few hundred results each, a few hundred KB at most. */
const searches = stateNamespace<FinishedSearch>('searches', {
	// Loose objects read back as the types they were written from.
	schema: finishedSearch as unknown as z.ZodMiniType<FinishedSearch>,
	maxEntries: 200
});

/** The same words asked of the same endpoints: a mirror (`<ENGINE>_URL`) may answer differently. */
export function searchKey(query: string, engines: readonly EngineId[]): string {
	const words = query.trim().toLowerCase().split(/\s+/).join(' ');
	const asked = [...engines].sort().map((id) => `${id}=${engineUrl(id)}`);
	return createHash('sha256')
		.update(`${asked.join(',')}\n${words}`)
		.digest('hex');
}

export async function cachedSearch(
	query: string,
	engines: readonly EngineId[]
): Promise<SearchEvent[] | null> {
	if (config.cacheTtlSeconds === 0) return null;
	const search = await searches.get(searchKey(query, engines));
	if (!search) return null;
	return [
		...search.engines,
		...search.pages,
		...search.results.map((result) => ({ type: 'result' as const, ...result })),
		{ type: 'done', elapsedMs: 0 }
	];
}

/** Keeps a finished search, unless no engine answered: a failure is worth retrying, not repeating. */
export async function rememberSearch(
	query: string,
	engines: readonly EngineId[],
	search: FinishedSearch
): Promise<void> {
	if (config.cacheTtlSeconds === 0) return;
	if (!search.engines.some((engine) => engine.status === 'ok' || engine.status === 'empty')) return;
	await searches.set(searchKey(query, engines), search, config.cacheTtlSeconds * 1000);
}

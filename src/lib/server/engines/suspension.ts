// Backs off an engine that blocked us, as SearXNG does: a blocked engine is left out for a while instead
// of being asked again, which would only make its block stick. The end time is kept in the state store,
// so a suspension outlives the process (an idle exit, a restart) and is shared by replicas; it ends by
// its expiry, never by a timer, so nothing here keeps the process alive (IDLE_TIMEOUT).
import { createHash } from 'node:crypto';
import { isCatalogEngineId, type EngineId } from '#lib/engine-ids.ts';
import { engineUrl } from '#lib/server/engines/endpoint.ts';
import { stateNamespace } from '#lib/server/state/state.ts';
import type { EngineOutcome } from './types.ts';

export type SuspensionKind = Extract<EngineOutcome, { kind: 'blocked' }>['suspend'];

const MINUTE = 60_000;

// SearXNG suspends for 24 h on a captcha or a denial and 1 h on a rate limit: right for a public
// instance asked all day, too long for a personal tool asked a few times a day, where one unlucky query
// would hide an engine until tomorrow. A captcha or a denial marks our address as a bot; engines lift
// that in tens of minutes when left alone, so an hour. A 429 only says "slower", so ten minutes.
export const SUSPENSION_MS: Record<SuspensionKind, number> = {
	captcha: 60 * MINUTE,
	denied: 60 * MINUTE,
	'rate-limit': 10 * MINUTE
};

// The home page reads every engine's suspension: its schema (with zod) loads only when one is stored.
const suspensions = stateNamespace<number>('suspensions', {
	schema: async () => (await import('./suspension-schema.ts')).suspensionEnd,
	maxEntries: 200
});

// The endpoint that blocked us, not the engine's name: a mirror (`<ENGINE>_URL`) is another door. A
// Torznab source's URL holds its key, so the store keeps a digest of it instead.
function keyOf(id: EngineId): string {
	const url = engineUrl(id);
	if (isCatalogEngineId(id)) return `${id} ${url}`;
	return `${id} ${createHash('sha256').update(url).digest('hex').slice(0, 32)}`;
}

/** Suspends an engine for its kind of block; a longer suspension already running is kept. */
export async function suspend(id: EngineId, kind: SuspensionKind, now = Date.now()): Promise<number> {
	const until = Math.max((await suspendedUntil(id, now)) ?? 0, now + SUSPENSION_MS[kind]);
	await suspensions.set(keyOf(id), until, until - now);
	return until;
}

/** When the engine's suspension ends (ms since the epoch), or null when it may be asked now. */
export async function suspendedUntil(id: EngineId, now = Date.now()): Promise<number | null> {
	const until = await suspensions.get(keyOf(id));
	return until !== undefined && until > now ? until : null;
}

/** Lifts an engine's suspension (tests, and an operator's tools). */
export async function liftSuspension(id: EngineId): Promise<void> {
	await suspensions.delete(keyOf(id));
}

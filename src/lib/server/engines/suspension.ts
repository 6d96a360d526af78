// Backs off an engine that blocked us, as SearXNG does: a blocked engine is left out for a while instead
// of being asked again, which would only make its block stick. State is a map of end times compared
// with Date.now(), never a timer, so nothing here keeps the process alive (IDLE_TIMEOUT).
import type { EngineId } from '#lib/engine-ids.ts';
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

const suspendedTill = new Map<EngineId, number>();

/** Suspends an engine for its kind of block; a longer suspension already running is kept. */
export function suspend(id: EngineId, kind: SuspensionKind, now = Date.now()): number {
	const until = Math.max(suspendedTill.get(id) ?? 0, now + SUSPENSION_MS[kind]);
	suspendedTill.set(id, until);
	return until;
}

/** When the engine's suspension ends (ms since the epoch), or null when it may be asked now. */
export function suspendedUntil(id: EngineId, now = Date.now()): number | null {
	const until = suspendedTill.get(id);
	if (until === undefined) return null;
	if (until > now) return until;
	suspendedTill.delete(id);
	return null;
}

export function clearSuspensions(): void {
	suspendedTill.clear();
}

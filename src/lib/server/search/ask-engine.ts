// Asks one engine: skips it while suspended, sends its requests through egress, reads the answers with its
// parser and says what they mean (status, links, sightings); a recognised block suspends it. Every way of
// asking an engine (a search, a listing of latest uploads) goes through here, so they read answers alike.
import type { EngineId } from '#lib/engine-ids.ts';
import type { EngineStatus } from '#lib/search-events.ts';
import { fetchEngine, type EngineRequest } from '#lib/server/egress/index.ts';
import { getEngine } from '#lib/server/engines/index.ts';
import { suspend, suspendedUntil } from '#lib/server/engines/suspension.ts';
import type { Sighting } from '#lib/server/sighting.ts';

export interface EngineAnswerReport {
	status: EngineStatus;
	links: string[];
	sightings: Sighting[];
	/** Short reason when nothing was found. */
	error: string | null;
	/** Set when the engine was not asked: until when it is suspended (ISO 8601). */
	suspendedUntil?: string;
}

/**
 * Asks `id` with each of `requests` at once. Found anything: `ok`; else the last failure, or `empty`.
 * A parser that throws is a bug: it propagates, for the caller to log with its context.
 */
export async function askEngine(
	id: EngineId,
	requests: EngineRequest[],
	options: { signal?: AbortSignal; timeoutMs: number }
): Promise<EngineAnswerReport> {
	const until = await suspendedUntil(id);
	if (until) {
		const time = new Date(until).toISOString();
		return {
			status: 'blocked',
			links: [],
			sightings: [],
			error: `suspended until ${time.slice(11, 16)} UTC`,
			suspendedUntil: time
		};
	}
	const engine = getEngine(id);
	const answers = await Promise.all(requests.map((request) => fetchEngine(request, options)));
	const links: string[] = [];
	const sightings: Sighting[] = [];
	let failure: { status: EngineStatus; error: string } | null = null;
	for (const fetched of answers) {
		if (!fetched.ok) {
			const status = fetched.error.reason === 'timeout' ? 'timeout' : 'error';
			failure = { status, error: fetched.error.message };
			continue;
		}
		const outcome = engine.parse(fetched.value);
		switch (outcome.kind) {
			case 'links':
			case 'sightings':
				links.push(...(outcome.links ?? []));
				if (outcome.kind === 'sightings') sightings.push(...outcome.sightings);
				break;
			case 'blocked':
				void suspend(id, outcome.suspend);
				failure = { status: 'blocked', error: outcome.reason };
				break;
			case 'error':
				failure = { status: 'error', error: outcome.reason };
				break;
		}
	}
	if (links.length + sightings.length > 0) return { status: 'ok', links, sightings, error: null };
	return { links, sightings, ...(failure ?? { status: 'empty', error: null }) };
}

// Asks one engine: skips it while suspended, sends its requests through egress, reads the answers with its
// parser and says what they mean (status, links, sightings, .torrent files to fetch); a recognised block
// suspends it, a Cloudflare or DDoS-Guard challenge is the engine's status unless the caller can solve it.
// Every way of asking an engine (a search, a listing of latest uploads) goes through here, so they read
// answers alike.
import type { EngineId } from '#lib/engine-ids.ts';
import type { EngineStatus } from '#lib/search-events.ts';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { answerChallenge, challengeReason, fetchConfigured } from '#lib/server/egress/index.ts';
import { getEngine } from '#lib/server/engines/index.ts';
import { suspend, suspendedUntil } from '#lib/server/engines/suspension.ts';
import type { EngineAnswer, EngineRequest, TorrentFileLink } from '#lib/server/engines/types.ts';
import type { Sighting } from '#lib/server/sighting.ts';

export interface EngineAnswerReport {
	status: EngineStatus;
	links: string[];
	sightings: Sighting[];
	/** .torrent files an index named without an infohash, for the caller to fetch. */
	torrentFiles: TorrentFileLink[];
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
	options: {
		signal?: AbortSignal;
		timeoutMs: number;
		/** The page in a challenge's place (FlareSolverr), or why there is none; default: the challenge's name. */
		unchallenge?: (request: EngineRequest, answer: EngineAnswer) => Promise<Outcome<EngineAnswer>>;
	}
): Promise<EngineAnswerReport> {
	const until = await suspendedUntil(id);
	if (until) {
		const time = new Date(until).toISOString();
		return {
			status: 'blocked',
			links: [],
			sightings: [],
			torrentFiles: [],
			error: `suspended until ${time.slice(11, 16)} UTC`,
			suspendedUntil: time
		};
	}
	const engine = getEngine(id);
	const unchallenge = options.unchallenge ?? reportChallenge;
	const answers = await Promise.all(
		requests.map(async (request) => {
			const fetched = await fetchConfigured(request, options);
			if (!fetched.ok) return fetched;
			const unchallenged = await unchallenge(request, fetched.value);
			return unchallenged.ok
				? unchallenged
				: fail({ url: request.url, reason: 'challenge' as const, message: unchallenged.error });
		})
	);
	const links: string[] = [];
	const sightings: Sighting[] = [];
	const torrentFiles: TorrentFileLink[] = [];
	let failure: { status: EngineStatus; error: string } | null = null;
	for (const fetched of answers) {
		if (!fetched.ok) {
			const { reason, message } = fetched.error;
			const status = reason === 'timeout' ? 'timeout' : reason === 'challenge' ? 'blocked' : 'error';
			failure = { status, error: message };
			continue;
		}
		const outcome = engine.parse(fetched.value);
		switch (outcome.kind) {
			case 'links':
			case 'sightings':
				links.push(...(outcome.links ?? []));
				if (outcome.kind === 'sightings') {
					sightings.push(...outcome.sightings);
					torrentFiles.push(...(outcome.torrentFiles ?? []));
				}
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
	if (links.length + sightings.length + torrentFiles.length > 0)
		return { status: 'ok', links, sightings, torrentFiles, error: null };
	return { links, sightings, torrentFiles, ...(failure ?? { status: 'empty', error: null }) };
}

/** Without a solver a challenge is what the engine answered: its status says so, never "no results". */
async function reportChallenge(_: EngineRequest, answer: EngineAnswer): Promise<Outcome<EngineAnswer>> {
	const vendor = answerChallenge(answer);
	return vendor ? fail(challengeReason(vendor)) : ok(answer);
}

// An engine's last searches, as the state store keeps them, and what /stats and /metrics read from them:
// how many ended in each outcome, the median and 95th percentile of its time, how often it was suspended.
import { ENGINE_STATUSES, type EngineReport, type EngineStatus } from '#lib/search-events.ts';

/** Searches kept per engine: enough for a p95 to mean something, small enough to rewrite on each search. */
export const WINDOW_SIZE = 200;

/**
 * What one search made of one engine. `suspension` is "began" when this answer suspended it (a captcha,
 * a 429…) and "skipped" when an earlier suspension kept it from being asked at all.
 */
export interface EngineSample {
	/** When the search finished, ms since the epoch. */
	at: number;
	status: EngineStatus;
	ms: number;
	suspension: 'began' | 'skipped' | null;
}

/** The sample an engine's report in a finished search makes. */
export function sampleOf(report: EngineReport, at: number): EngineSample {
	const suspension = report.suspendedUntil ? 'skipped' : report.status === 'blocked' ? 'began' : null;
	return { at, status: report.status, ms: Math.max(0, Math.round(report.ms)), suspension };
}

/** The window with the new samples at its end, cut to the last WINDOW_SIZE. */
export function appendSamples(
	window: readonly EngineSample[],
	samples: readonly EngineSample[]
): EngineSample[] {
	return [...window, ...samples].slice(-WINDOW_SIZE);
}

export interface EngineSummary {
	/** Searches in the window. */
	searches: number;
	counts: Record<EngineStatus, number>;
	/** Over the searches that asked the engine (not those a suspension skipped); null when none did. */
	medianMs: number | null;
	p95Ms: number | null;
	slowestMs: number | null;
	/** Suspensions that began in the window. */
	suspensions: number;
	/** Searches that left the engine out because it was suspended. */
	skipped: number;
}

/** The nearest-rank percentile (p in 0–100) of values sorted ascending: always one of the values. */
export function percentile(sorted: readonly number[], p: number): number | null {
	if (sorted.length === 0) return null;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(samples: readonly EngineSample[]): EngineSummary {
	const counts = Object.fromEntries(ENGINE_STATUSES.map((status) => [status, 0])) as Record<
		EngineStatus,
		number
	>;
	const times: number[] = [];
	let suspensions = 0;
	let skipped = 0;
	for (const sample of samples) {
		counts[sample.status]++;
		if (sample.suspension === 'began') suspensions++;
		if (sample.suspension === 'skipped') skipped++;
		else times.push(sample.ms);
	}
	times.sort((a, b) => a - b);
	return {
		searches: samples.length,
		counts,
		medianMs: percentile(times, 50),
		p95Ms: percentile(times, 95),
		slowestMs: times.at(-1) ?? null,
		suspensions,
		skipped
	};
}

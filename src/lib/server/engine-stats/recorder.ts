// Records what a finished search made of each engine: counters in memory at once (for /metrics, since
// this process started) and, once the search has handed over its last event, each engine's window of
// its last searches in the state store (for /stats). A search never waits for the store: the write runs
// on the next turn of the event loop, and a store that fails costs a sample, never a search.
import type { EngineReport, EngineStatus, PageEvent } from '#lib/search-events.ts';
import { countActivity } from '#lib/server/activity.ts';
import { sampleOf, type EngineSample } from './engine-window.ts';
import { appendToWindows, windowsWritten } from './window-store.ts';

/** Upper bounds of the time histogram, in seconds: engines answer in 0.2–2 s, the deadline is 10 s. */
export const DURATION_BUCKETS_S = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

export interface EngineCounters {
	outcomes: Partial<Record<EngineStatus, number>>;
	suspensions: number;
	/** Answers per bucket of DURATION_BUCKETS_S (not cumulative), the last for anything slower. */
	buckets: number[];
	/** Answers timed (an engine a suspension kept out was not asked, so not timed), and their sum. */
	timed: number;
	sumMs: number;
}

const engines = new Map<string, EngineCounters>();
const pending = new Map<string, EngineSample[]>();
let scheduled = false;

function count(id: string, sample: EngineSample): void {
	let counters = engines.get(id);
	if (!counters) {
		counters = {
			outcomes: {},
			suspensions: 0,
			buckets: DURATION_BUCKETS_S.map(() => 0).concat(0),
			timed: 0,
			sumMs: 0
		};
		engines.set(id, counters);
	}
	counters.outcomes[sample.status] = (counters.outcomes[sample.status] ?? 0) + 1;
	if (sample.suspension === 'began') counters.suspensions++;
	if (sample.suspension === 'skipped') return;
	const bucket = DURATION_BUCKETS_S.findIndex((bound) => sample.ms <= bound * 1000);
	counters.buckets[bucket === -1 ? DURATION_BUCKETS_S.length : bucket]!++;
	counters.timed++;
	counters.sumMs += sample.ms;
}

function pageOutcome(page: PageEvent): string {
	if (page.error !== null) return 'failed';
	return page.magnets > 0 ? 'magnets' : 'none';
}

/** Records a search that ran to its end (a search its client abandoned is not one the engines failed). */
export function recordSearch(reports: Iterable<EngineReport>, pages: readonly PageEvent[]): void {
	try {
		const at = Date.now();
		countActivity('searches');
		for (const page of pages) countActivity('pages', { outcome: pageOutcome(page) });
		for (const report of reports) {
			const sample = sampleOf(report, at);
			count(report.id, sample);
			pending.set(report.id, [...(pending.get(report.id) ?? []), sample]);
		}
	} catch (error) {
		console.warn('engine stats: could not count a search:', error);
	}
	if (scheduled) return;
	scheduled = true;
	// Several searches ending together share one write per engine.
	setImmediate(() => {
		scheduled = false;
		const batch = new Map(pending);
		pending.clear();
		void appendToWindows(batch);
	});
}

/** The counters of every engine recorded since this process started. */
export function engineCounters(): Map<string, EngineCounters> {
	return new Map([...engines].map(([id, counters]) => [id, structuredClone(counters)]));
}

/** Settles once what was recorded so far is in the store (tests). */
export async function engineStatsWritten(): Promise<void> {
	await new Promise((resolve) => setImmediate(resolve));
	await windowsWritten();
}

// What /metrics tells Prometheus: counters of this process since it started (engine outcomes and times,
// searches, result pages, tracker scrapes, sends, state store errors) and gauges of each engine's last
// searches as the state store holds them (shared by replicas and kept across idle exits).
import { activityCounts, countingSince, type ActivityName } from '#lib/server/activity.ts';
import { summarise } from '#lib/server/engine-stats/engine-window.ts';
import { DURATION_BUCKETS_S, engineCounters } from '#lib/server/engine-stats/recorder.ts';
import { readWindows } from '#lib/server/engine-stats/window-store.ts';
import { stateStoreProblems } from '#lib/server/state/key-value-store.ts';
import { ENGINE_STATUSES } from '#lib/search-events.ts';
import type { HistogramSample, MetricFamily, ValueSample } from './openmetrics.ts';

const ACTIVITY_FAMILIES: Record<ActivityName, { name: string; help: string }> = {
	searches: {
		name: 'cftorrent_searches',
		help: 'Live searches run to their end (not those answered from the store).'
	},
	pages: {
		name: 'cftorrent_pages_fetched',
		help: 'Result pages checked for magnets, by outcome: magnets, none, failed (including not started in time).'
	},
	swarm_scrapes: { name: 'cftorrent_swarm_scrapes', help: 'Tracker scrapes sent, by protocol and outcome.' },
	sends: {
		name: 'cftorrent_sends',
		help: 'Magnets sent to a torrent client, by outcome: added, present, failed.'
	}
};

function activityFamilies(): MetricFamily[] {
	const counts = activityCounts();
	return (Object.keys(ACTIVITY_FAMILIES) as ActivityName[]).map((activity) => {
		const samples: ValueSample[] = counts
			.filter((count) => count.name === activity)
			.map(({ labels, value }) => ({ labels, value }));
		// An unlabelled counter is written from zero, so a query finds it before the first search.
		if (samples.length === 0 && activity === 'searches') samples.push({ value: 0 });
		return { type: 'counter', ...ACTIVITY_FAMILIES[activity], samples };
	});
}

function engineFamilies(): MetricFamily[] {
	const outcomes: ValueSample[] = [];
	const suspensions: ValueSample[] = [];
	const durations: HistogramSample[] = [];
	for (const [engine, counters] of engineCounters()) {
		for (const outcome of ENGINE_STATUSES) {
			const value = counters.outcomes[outcome];
			if (value) outcomes.push({ labels: { engine, outcome }, value });
		}
		suspensions.push({ labels: { engine }, value: counters.suspensions });
		let cumulative = 0;
		const bounds = [...DURATION_BUCKETS_S, Infinity];
		durations.push({
			labels: { engine },
			buckets: bounds.map((bound, index) => [bound, (cumulative += counters.buckets[index] ?? 0)] as const),
			sum: counters.sumMs / 1000
		});
	}
	return [
		{
			type: 'counter',
			name: 'cftorrent_engine_searches',
			help: 'Engine answers in finished searches, by engine and outcome: ok, empty, blocked, timeout, error.',
			samples: outcomes
		},
		{
			type: 'histogram',
			name: 'cftorrent_engine_duration_seconds',
			unit: 'seconds',
			help: 'Time from the start of a search to the engine outcome (engines a suspension left out are not timed).',
			samples: durations
		},
		{
			type: 'counter',
			name: 'cftorrent_engine_suspensions',
			help: 'Suspensions that began (a captcha, a denial, a rate limit), by engine.',
			samples: suspensions
		}
	];
}

async function windowFamilies(engineIds: readonly string[]): Promise<MetricFamily[]> {
	const windows = await readWindows(engineIds);
	const searches: ValueSample[] = [];
	const times: ValueSample[] = [];
	const suspensions: ValueSample[] = [];
	for (const [engine, window] of windows) {
		if (window.length === 0) continue;
		const summary = summarise(window);
		for (const outcome of ENGINE_STATUSES)
			searches.push({ labels: { engine, outcome }, value: summary.counts[outcome] });
		if (summary.medianMs !== null && summary.p95Ms !== null)
			times.push(
				{ labels: { engine, percentile: '50' }, value: summary.medianMs / 1000 },
				{ labels: { engine, percentile: '95' }, value: summary.p95Ms / 1000 }
			);
		suspensions.push({ labels: { engine }, value: summary.suspensions });
	}
	return [
		{
			type: 'gauge',
			name: 'cftorrent_engine_recent_searches',
			help: 'Outcomes of the engine’s last 200 searches, as the state store holds them, by outcome.',
			samples: searches
		},
		{
			type: 'gauge',
			name: 'cftorrent_engine_recent_duration_seconds',
			unit: 'seconds',
			help: 'Median (percentile 50) and 95th percentile time of the engine’s last 200 searches.',
			samples: times
		},
		{
			type: 'gauge',
			name: 'cftorrent_engine_recent_suspensions',
			help: 'Suspensions that began in the engine’s last 200 searches.',
			samples: suspensions
		}
	];
}

/** Every family, the engines' windows read for these engines and any this process has counted. */
export async function metricFamilies(engineIds: readonly string[]): Promise<MetricFamily[]> {
	const ids = [...new Set([...engineIds, ...engineCounters().keys()])];
	return [
		...engineFamilies(),
		...activityFamilies(),
		{
			type: 'counter',
			name: 'cftorrent_state_store_errors',
			help: 'Failures of the state store (SQLite or Redis); state falls back and searches go on.',
			samples: [{ value: stateStoreProblems() }]
		},
		...(await windowFamilies(ids)),
		{
			type: 'gauge',
			name: 'cftorrent_process_start_time_seconds',
			unit: 'seconds',
			help: 'When this process started counting (the counters above start from zero then), Unix time.',
			samples: [{ value: countingSince / 1000 }]
		}
	];
}

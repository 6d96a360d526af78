// What this process has done since it started (searches, result pages, tracker scrapes, sends), counted in
// memory for /metrics: plain additions with no import, no timer and no I/O, so any floor may count and
// counting costs a search nothing.

export type ActivityName = 'searches' | 'pages' | 'swarm_scrapes' | 'sends';

export interface ActivityCount {
	name: ActivityName;
	labels: Readonly<Record<string, string>>;
	value: number;
}

const counts = new Map<string, ActivityCount>();

/** When this process started counting (ms since the epoch): counters start again from zero after it. */
export const countingSince = Date.now();

/** Adds one to a counter; callers name their labels in one fixed order, which keys the counter. */
export function countActivity(name: ActivityName, labels: Record<string, string> = {}): void {
	const key = `${name}${JSON.stringify(labels)}`;
	const count = counts.get(key);
	if (count) count.value++;
	else counts.set(key, { name, labels: { ...labels }, value: 1 });
}

/**
 * Counts a piece of work when it settles, as `outcome` "ok" or "failed", and hands back the same promise:
 * the caller still handles its failure (the counting branch never leaves a rejection unhandled).
 */
export function countSettled<T>(
	name: ActivityName,
	labels: Record<string, string>,
	work: Promise<T>
): Promise<T> {
	work.then(
		() => countActivity(name, { ...labels, outcome: 'ok' }),
		() => countActivity(name, { ...labels, outcome: 'failed' })
	);
	return work;
}

/** Every counter so far, in the order each was first counted. */
export function activityCounts(): ActivityCount[] {
	return [...counts.values()].map((count) => ({ ...count }));
}

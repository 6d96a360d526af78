// Hands the memory a burst of searching used back to the system once the searching is over. V8 keeps every
// page of a heap that grew (a few searches at once hold a hundred pages in flight) and reuses them, but
// gives them back only in a memory-reducing collection, which Node never asks for: a woken process would
// hold ~120 MiB for the rest of its life after meeting such a load once, though its live heap is a fifth
// of that. One such collection, SETTLE_AFTER_MS after the last search ended, costs 40–70 ms of CPU that
// nobody waits for, and the next search ~15 ms while the heap grows again (npm run bench).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Quiet this long after the last search: a person reading results, not one between two of a burst. */
export const SETTLE_AFTER_MS = 1000;

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let running = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let collect: Collect | undefined;
let settles = 0;

/** V8's own collector, as `--expose-gc` would name it: the flag set now reaches a context made after it. */
function collector(): Collect {
	if (!collect) {
		setFlagsFromString('--expose-gc');
		collect = runInNewContext('gc') as Collect;
	}
	return collect;
}

function settle(): void {
	timer = undefined;
	if (running > 0) return;
	settles++;
	collector()({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * Marks a search as running until the returned function is called; once none has run for SETTLE_AFTER_MS,
 * memory settles. The timer is unref'd: it never keeps an idle process from exiting.
 */
export function searchRunning(): () => void {
	running++;
	clearTimeout(timer);
	timer = undefined;
	let ended = false;
	return () => {
		if (ended) return;
		ended = true;
		running--;
		if (running > 0) return;
		timer = setTimeout(settle, SETTLE_AFTER_MS);
		timer.unref();
	};
}

/** How many times memory has settled in this process (for the tests). */
export function settleCount(): number {
	return settles;
}

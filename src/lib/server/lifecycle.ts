// Releases what the app holds when adapter-node shuts down (idle timeout, SIGTERM, SIGINT) and makes sure
// the process then exits: adapter-node never calls process.exit, so a forgotten timer or socket pool would
// keep an idle socket-activated process alive, and systemd would route the next request to it. Work that
// goes on after its answer (a Stremio search finishing into the store) is waited for before releasing.
import { AsyncLocalStorage } from 'node:async_hooks';

type Release = () => void | Promise<void>;

/**
 * How long a process whose server has closed may stay alive after releasing. A clean process exits on its
 * own within a tick; this bounds a leak, and stays well under the second that deployments allow between
 * IDLE_TIMEOUT and the exit.
 */
export const EXIT_GRACE_MS = 500;

const releases = new Set<Release>();
const background = new Set<Promise<unknown>>();
/** The background work started within the current request, for the request hooks that count it (below). */
const startedByRequest = new AsyncLocalStorage<Set<Promise<unknown>>>();
let installed = false;

/**
 * Work that outlives the request that started it: a shutdown (idle or signalled) lets it end before
 * releasing what it uses, and the process exits once it has. `limitMs` bounds the wait should the work
 * never settle (its own deadline, plus a margin); the timer is unref'd, so it never holds the process.
 */
export function finishInBackground(work: Promise<unknown>, limitMs: number): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const limit = new Promise<void>((resolve) => {
		timer = setTimeout(resolve, limitMs);
		timer.unref();
	});
	const tracked = Promise.race([
		work.then(
			() => {},
			(error: unknown) => console.error('background work failed:', error)
		),
		limit
	]).finally(() => {
		clearTimeout(timer);
		background.delete(tracked);
	});
	background.add(tracked);
	startedByRequest.getStore()?.add(tracked);
	exitAfterShutdown();
}

/**
 * Runs `handle` (a request's handling) and returns its answer with a promise that settles once the
 * background work it started has ended, or its limit passed: a cap on searches running at once counts a
 * search that goes on behind its answer until it ends.
 */
export async function withBackgroundWork<T>(
	handle: () => Promise<T>
): Promise<{ answer: T; backgroundEnded: Promise<void> }> {
	const started = new Set<Promise<unknown>>();
	const answer = await startedByRequest.run(started, handle);
	return { answer, backgroundEnded: Promise.all(started).then(() => {}) };
}

/** Settles once no background work is left (work started meanwhile included). */
export async function backgroundSettled(): Promise<void> {
	while (background.size > 0) await Promise.allSettled([...background]);
}

/** Registers something to release at shutdown; modules call this when they first create the resource. */
export function onShutdown(release: Release): void {
	releases.add(release);
	exitAfterShutdown();
}

export async function releaseAll(): Promise<void> {
	const pending = [...releases];
	releases.clear();
	await Promise.allSettled(pending.map(async (release) => release()));
}

/**
 * Arms the exit guard once, at server start: on `sveltekit:shutdown` release everything, and if the event
 * loop is still held EXIT_GRACE_MS later, name what holds it and exit 0. Zero, because the server did
 * shut down cleanly (every request finished or hit SHUTDOWN_TIMEOUT): a failure status would mark the
 * systemd unit failed, and `Restart=on-failure` would start an idle process nobody asked for.
 */
export function exitAfterShutdown(): void {
	if (installed) return;
	installed = true;
	process.once('sveltekit:shutdown', (reason: unknown) => {
		console.log(`Shutting down (${String(reason)})`);
		void backgroundSettled().then(() => {
			// Unref'd: it never holds the loop itself, so it fires only when something else does.
			setTimeout(exitHeld, EXIT_GRACE_MS).unref();
			void releaseAll();
		});
	});
}

function exitHeld(): void {
	const held = heldResources();
	console.warn(
		`Still running ${EXIT_GRACE_MS} ms after shutdown, held by ${held || 'nothing visible'}: exiting`
	);
	process.exit(0);
}

/** `process.getActiveResourcesInfo()` summed by kind, e.g. "TCPSocketWrap x2, Timeout". */
export function heldResources(): string {
	const counts = new Map<string, number>();
	for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
	return [...counts].map(([kind, count]) => (count > 1 ? `${kind} x${count}` : kind)).join(', ');
}

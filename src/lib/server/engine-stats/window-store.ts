// Each engine's window of its last searches in the state store (SQLite, or Redis when REDIS_URL is set),
// one entry per engine. Appending is read, add, write: this process does it one at a time, so its own
// searches never overwrite each other's samples; two replicas writing the same engine in the same instant
// may lose one search's sample, which a window of 200 shrugs off.
import { z } from '#lib/zod.ts';
import { ENGINE_STATUSES } from '#lib/search-events.ts';
import { stateNamespace } from '#lib/server/state/state.ts';
import { appendSamples, WINDOW_SIZE, type EngineSample } from './engine-window.ts';

/** An engine nobody asked for this long has nothing current to say. */
const WINDOW_TTL_MS = 90 * 24 * 3600 * 1000;

const sampleSchema = z.object({
	at: z.number(),
	status: z.enum(ENGINE_STATUSES),
	ms: z.number(),
	suspension: z.nullable(z.enum(['began', 'skipped']))
});

const windows = stateNamespace('engine-stats', {
	schema: z.array(sampleSchema),
	// Far more than the engines there are (torznab-<label> sources included).
	maxEntries: 500
});

let writing: Promise<void> = Promise.resolve();
let listening = false;
let shuttingDown = false;

/** Adds samples to engines' windows, after the appends already under way. Never throws. */
export function appendToWindows(samples: ReadonlyMap<string, readonly EngineSample[]>): Promise<void> {
	if (!listening) {
		listening = true;
		// Once the store is closed, a late append must not open it again (and hold an exiting process).
		process.once('sveltekit:shutdown', () => (shuttingDown = true));
	}
	writing = writing
		.then(async () => {
			for (const [id, added] of samples) {
				if (shuttingDown) return;
				const window = (await windows.get(id)) ?? [];
				await windows.set(id, appendSamples(window, added), WINDOW_TTL_MS);
			}
		})
		.catch((error: unknown) => console.warn('engine stats: could not record a search:', error));
	return writing;
}

/** The appends under way, settled (tests, and a reader that wants the latest). */
export function windowsWritten(): Promise<void> {
	return writing;
}

/** The last searches of each engine asked for, oldest first; an engine without any has none. */
export async function readWindows(ids: readonly string[]): Promise<Map<string, EngineSample[]>> {
	// After this process's own appends, so that a page asked right after a search shows it.
	await writing;
	const read = await Promise.all(ids.map((id) => windows.get(id)));
	return new Map(ids.map((id, index) => [id, (read[index] ?? []).slice(-WINDOW_SIZE)]));
}

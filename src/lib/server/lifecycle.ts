// Releases what the app holds when adapter-node shuts down (idle timeout, SIGTERM, SIGINT): adapter-node
// never calls process.exit, so any live socket pool or timer would keep an idle process running.
type Release = () => void | Promise<void>;

const releases = new Set<Release>();
let listening = false;

/** Registers something to release at shutdown; modules call this when they first create the resource. */
export function onShutdown(release: Release): void {
	releases.add(release);
	if (listening) return;
	listening = true;
	process.once('sveltekit:shutdown', () => void releaseAll());
}

export async function releaseAll(): Promise<void> {
	const pending = [...releases];
	releases.clear();
	await Promise.allSettled(pending.map(async (release) => release()));
}

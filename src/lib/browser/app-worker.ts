// The page's side of the service worker: registering it (built app only) and handing over to a new
// version when the server turns out to run another build than the shell on screen.
import { dev } from '$app/env';

const TRIED_KEY = 'cf-torrent-update-tried';

export function registerAppWorker(): void {
	// The dev server builds no worker; a worker of an old build would then serve stale files.
	if (dev || !('serviceWorker' in navigator)) return;
	// updateViaCache 'none': a new deployment's worker is seen at the next load, whatever HTTP caches hold.
	navigator.serviceWorker
		.register('/service-worker.js', { scope: '/', updateViaCache: 'none' })
		.catch(() => undefined);
}

/** Asks the worker to fetch the shell again (the person's language or theme changed since it was kept). */
export function refreshShell(): void {
	navigator.serviceWorker?.controller?.postMessage('refresh-shell');
}

/** Installs the worker of the server's version and loads the page again through it. Tried once per
 *  version: if that fails, the worker is removed and the page comes from the server as without one. */
export async function switchToServerVersion(serverVersion: string, boundMs: number): Promise<void> {
	const registration = await navigator.serviceWorker?.getRegistration('/');
	if (!registration || sessionStorage.getItem(TRIED_KEY) === serverVersion) {
		await registration?.unregister();
		location.reload();
		return;
	}
	sessionStorage.setItem(TRIED_KEY, serverVersion);
	const takenOver = new Promise<void>((resolve) =>
		navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true })
	);
	await registration.update().catch(() => undefined);
	// A new worker installs, then takes over (it skips waiting); one already active needs no wait.
	if (registration.installing || registration.waiting)
		await Promise.race([takenOver, new Promise((resolve) => setTimeout(resolve, boundMs))]);
	location.reload();
}

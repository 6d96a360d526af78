// The app's service worker: keeps this build's files and the app shell, so the app paints at once while a
// sleeping server wakes. It caches no answer of the server (results, data, health): only files of its build.
import { assets, immutable } from '$app/manifest';
import { version } from '$app/env';
import { self as scope } from '$app/service-worker';
import { precachePaths, routeRequest, SHELL_PATH } from '#lib/worker/worker-routes.ts';

/** The little of the worker API used here, typed without the WebWorker library (the project is typed for DOM). */
interface ExtendableEvent extends Event {
	waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface MessageEvent extends ExtendableEvent {
	data: unknown;
}
interface WorkerScope {
	location: Location;
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const worker = scope as unknown as WorkerScope;
const CACHE_PREFIX = 'cf-torrent-';
// One cache per build: a new version fills its own and deletes the old one when it takes over, so a shell
// never meets files of another build.
const CACHE = `${CACHE_PREFIX}${version}`;
const PRECACHED = precachePaths(immutable, assets);
const PRECACHED_SET = new Set(PRECACHED);

/** Fetches the shell as the person's browser would (cookies: their language and theme) and keeps it. */
async function keepShell(): Promise<void> {
	const response = await fetch(SHELL_PATH, { credentials: 'same-origin', cache: 'no-store' });
	// A shell of another build would ask for files this cache does not hold.
	if (!response.ok || response.headers.get('x-app-version') !== version)
		throw new Error(`shell of version ${response.headers.get('x-app-version')}, not ${version}`);
	const cache = await caches.open(CACHE);
	await cache.put(SHELL_PATH, response);
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(PRECACHED);
			await keepShell();
			// The new version takes over at once: its shell is the one the server it came from speaks to.
			await worker.skipWaiting();
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

async function fromCache(request: Request | string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return cache.match(request);
}

worker.addEventListener('fetch', (event) => {
	const action = routeRequest(event.request, worker.location.origin, PRECACHED_SET);
	if (action.kind === 'shell') {
		event.respondWith((async () => (await fromCache(SHELL_PATH)) ?? fetch(event.request))());
	} else if (action.kind === 'settings') {
		// The switch answers with a cookie and a redirect: the shell is made again in the new language or
		// theme before the browser follows the redirect (to a page the shell stands in for).
		event.respondWith(
			(async () => {
				const response = await fetch(event.request);
				await keepShell().catch(() => undefined);
				return response;
			})()
		);
	} else if (action.kind === 'precached') {
		event.respondWith((async () => (await fromCache(event.request)) ?? fetch(event.request))());
	}
});

worker.addEventListener('message', (event) => {
	// A page saw that the shell speaks another language or theme than the person's cookies now say.
	if (event.data === 'refresh-shell') event.waitUntil(keepShell().catch(() => undefined));
});

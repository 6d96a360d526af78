// Wakes a sleeping server from the app shell: one bounded request to /healthz, which answers from memory,
// says whether the server is reachable and which version it runs (the shell must be of the same one).

export type Wake =
	| { kind: 'awake' }
	/** The server runs another build: the shell and its scripts must be replaced before going on. */
	| { kind: 'other-version'; version: string }
	| { kind: 'unreachable' };

/** How long waking may take: a socket-activated container starts in about a second, longer when the
 *  deployment first pulls a new image; past this the person is told and offered to retry. */
export const WAKE_BOUND_MS = 20_000;

export async function wakeServer(
	ownVersion: string,
	boundMs = WAKE_BOUND_MS,
	fetcher: typeof fetch = fetch
): Promise<Wake> {
	try {
		const response = await fetcher('/healthz', { cache: 'no-store', signal: AbortSignal.timeout(boundMs) });
		if (!response.ok) return { kind: 'unreachable' };
		// Our own endpoint, typed by its route: no schema shipped to the browser for one field.
		const body = (await response.json()) as { version?: unknown };
		const version = typeof body.version === 'string' ? body.version : '';
		return version === ownVersion ? { kind: 'awake' } : { kind: 'other-version', version };
	} catch {
		// Refused, reset, offline, or past the bound: to the person these are all "cannot reach it".
		return { kind: 'unreachable' };
	}
}

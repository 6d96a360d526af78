// The real Stremio core (`@stremio/stremio-core-web`, the WASM build every Stremio app runs) in Node, as
// a test client: it installs an add-on from its manifest URL and loads a title's streams the way the apps do.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface CoreModule {
	initSync(options: { module: BufferSource }): void;
	initialize_runtime(onEvent: (event: CoreEvent) => void): Promise<void>;
	dispatch(action: unknown, field: string | null, location: unknown): void;
	get_state(field: string): unknown;
}

export interface CoreEvent {
	name: string;
	args: unknown;
}

/** A loadable's state as the core reports it, e.g. `{ type: 'Ready', content: [...] }`. */
export interface Loadable<T> {
	type: 'Loading' | 'Ready' | 'Err';
	content: T;
}

export interface CoreStream {
	name?: string;
	description?: string;
	infoHash?: string;
	fileIdx?: number;
	announce?: string[];
	behaviorHints?: Record<string, unknown>;
}

interface MetaDetailsState {
	streams: {
		addon?: { transportUrl: string };
		content: Loadable<CoreStream[] | { type: string; content?: unknown }> | null;
	}[];
}

interface AddonDetailsState {
	remoteAddon: { content: Loadable<unknown> } | null;
}

/** Requests the core made, and those refused because they were not for loopback. */
export interface CoreTraffic {
	asked: string[];
	refused: string[];
}

const LOOPBACK = new Set(['127.0.0.1', '[::1]']);

/**
 * A `fetch` that only reaches the given loopback origins: the core's default profile also asks Cinemeta
 * and other public add-ons, and a local streaming server on port 11470; a test must never send traffic
 * off this machine, nor to services of the host it did not start.
 */
function loopbackFetch(origins: string[], traffic: CoreTraffic, realFetch: typeof fetch): typeof fetch {
	return (input, init) => {
		const url = new URL(input instanceof Request ? input.url : String(input));
		if (!LOOPBACK.has(url.hostname) || !origins.includes(url.origin)) {
			traffic.refused.push(url.href);
			return Promise.reject(new TypeError(`refused: ${url.origin} is not one of the test's servers`));
		}
		traffic.asked.push(url.href);
		return realFetch(input, init);
	};
}

/**
 * Gives the core the worker-like global it expects (a global that is a `WorkerGlobalScope`, versions, location hash, async local storage) and starts it. Only one core per process: the
 * WASM module keeps its state in module globals.
 */
export async function startRealCore(origins: string[]): Promise<RealCore> {
	if (!origins.every((origin) => LOOPBACK.has(new URL(origin).hostname))) {
		throw new Error(`the real core may only reach loopback, not ${origins.join(', ')}`);
	}
	const traffic: CoreTraffic = { asked: [], refused: [] };
	const scope = globalThis as Record<string, unknown>;
	// the core asks `global instanceof WorkerGlobalScope` to pick the worker's `fetch`
	class WorkerGlobalScope {
		static [Symbol.hasInstance](value: unknown) {
			return value === globalThis;
		}
	}
	const storage = new Map<string, string>();
	Object.assign(scope, {
		self: globalThis,
		WorkerGlobalScope,
		app_version: '5.0.0',
		shell_version: null,
		get_location_hash: async () => '',
		local_storage_get_item: async (key: string) => storage.get(key) ?? null,
		local_storage_set_item: async (key: string, value: string) => void storage.set(key, value),
		local_storage_remove_item: async (key: string) => void storage.delete(key),
		// the bundle reads `document.baseURI` once, for its own URL, as the apps' worker sets it
		document: { baseURI: 'file:///' },
		fetch: loopbackFetch(origins, traffic, globalThis.fetch.bind(globalThis))
	});

	const core = require('@stremio/stremio-core-web') as CoreModule;
	core.initSync({
		module: readFileSync(require.resolve('@stremio/stremio-core-web/stremio_core_web_bg.wasm'))
	});
	const listeners = new Set<() => void>();
	await core.initialize_runtime(() => listeners.forEach((listener) => listener()));
	return new RealCore(core, listeners, traffic);
}

export class RealCore {
	constructor(
		private readonly core: CoreModule,
		private readonly listeners: Set<() => void>,
		readonly traffic: CoreTraffic
	) {}

	state<T>(field: string): T {
		return this.core.get_state(field) as T;
	}

	/** Resolves with the field's state once `ready` accepts it (checked after every event the core sends). */
	private until<T, R>(field: string, ready: (state: T) => R | undefined, what: string): Promise<R> {
		return new Promise((resolve, reject) => {
			const check = () => {
				const result = ready(this.state<T>(field));
				if (result === undefined) return false;
				this.listeners.delete(listener);
				clearTimeout(timer);
				resolve(result);
				return true;
			};
			// an exception thrown here would panic the core, which calls listeners from inside the WASM
			const listener = () => {
				try {
					check();
				} catch (error) {
					this.listeners.delete(listener);
					clearTimeout(timer);
					reject(error);
				}
			};
			// a bound on waiting, not a timing assertion: the answer is checked, never how fast it came
			const timer = setTimeout(() => {
				this.listeners.delete(listener);
				reject(new Error(`the core never got ${what}: ${JSON.stringify(this.state(field)).slice(0, 2000)}`));
			}, 60_000);
			this.listeners.add(listener);
			check();
		});
	}

	/** Installs the add-on whose manifest is at `manifestUrl`, as the apps' "Install" button does. */
	async install(manifestUrl: string): Promise<unknown> {
		this.core.dispatch(
			{ action: 'Load', args: { model: 'AddonDetails', args: { transportUrl: manifestUrl } } },
			'addon_details',
			null
		);
		const descriptor = await this.until<AddonDetailsState, Loadable<unknown>>(
			'addon_details',
			(state) => {
				const content = state?.remoteAddon?.content;
				return content && content.type !== 'Loading' ? content : undefined;
			},
			`the manifest at ${manifestUrl}`
		);
		if (descriptor.type !== 'Ready')
			throw new Error(`the core refused the manifest: ${JSON.stringify(descriptor)}`);
		this.core.dispatch(
			{ action: 'Ctx', args: { action: 'InstallAddon', args: descriptor.content } },
			null,
			null
		);
		return descriptor.content;
	}

	/** The add-ons the user profile holds, by transport URL. */
	installedAddons(): string[] {
		const ctx = this.state<{ profile: { addons: { transportUrl: string }[] } }>('ctx');
		return ctx.profile.addons.map((addon) => addon.transportUrl);
	}

	/**
	 * Opens a title's detail page with its streams, as the apps do when a user picks a film or an episode,
	 * and answers what the core made of the streams from the add-on at `addonBase` (its manifest URL).
	 */
	async streams(type: 'movie' | 'series', id: string, addonBase: string): Promise<Loadable<unknown>> {
		const path = (resource: string) => ({ resource, type, id, extra: [] });
		this.core.dispatch(
			{
				action: 'Load',
				args: {
					model: 'MetaDetails',
					args: { metaPath: path('meta'), streamPath: path('stream'), guessStream: false }
				}
			},
			'meta_details',
			null
		);
		return this.until<MetaDetailsState, Loadable<unknown>>(
			'meta_details',
			(state) => {
				const ours = state?.streams?.find((group) => group.addon?.transportUrl === addonBase);
				const content = ours?.content;
				return content && content.type !== 'Loading' ? (content as Loadable<unknown>) : undefined;
			},
			`streams for ${type} ${id}`
		);
	}
}

// What each Torznab source can be asked by IMDb id: its caps (`t=caps`), read once and kept in the state
// store for a day, so a woken process or another replica does not ask again. Only title searches (Stremio,
// the Torznab feed) need them: a text search asks `t=search`, which every Torznab server answers.
import { createHash } from 'node:crypto';
import { z } from '#lib/zod.ts';
import { isTorznabEngineId, type EngineId } from '#lib/engine-ids.ts';
import { config } from '#lib/server/config.ts';
import { fetchConfigured } from '#lib/server/egress/index.ts';
import { engineUrl } from '#lib/server/engines/endpoint.ts';
import {
	capsRequest,
	parseCaps,
	takesImdbId,
	type TorznabCaps
} from '#lib/server/engines/torznab/torznab.ts';
import { stateNamespace } from '#lib/server/state/state.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

const stored = stateNamespace<TorznabCaps>('torznab-caps', {
	schema: z.object({ movieImdb: z.boolean(), tvImdb: z.boolean(), tvEpisodes: z.boolean() }),
	maxEntries: 200
});

// The source's URL holds its key: the store keeps a digest of it, which also forgets caps when it changes.
function keyOf(id: EngineId): string {
	return `${id} ${createHash('sha256').update(engineUrl(id)).digest('hex').slice(0, 32)}`;
}

/** A source's caps, from the store or asked now; null when it did not say (down, refused, not Torznab). */
export async function torznabCaps(id: EngineId, signal?: AbortSignal): Promise<TorznabCaps | null> {
	const key = keyOf(id);
	const known = await stored.get(key);
	if (known) return known;
	const fetched = await fetchConfigured(capsRequest(engineUrl(id)), {
		signal,
		timeoutMs: config.siteTimeoutMs
	});
	const caps = fetched.ok ? parseCaps(fetched.value) : null;
	if (caps) await stored.set(key, caps, DAY_MS);
	return caps;
}

/**
 * The query a Torznab source that takes this title's IMDb id is asked (the engine reads it as
 * `t=movie`/`t=tvsearch`), or null when it is asked by text: its caps say no, or are unknown.
 */
export async function torznabTitleQuery(
	id: EngineId,
	title: { imdbId: string; type: 'movie' | 'series'; season?: number; episode?: number },
	signal?: AbortSignal
): Promise<string | null> {
	if (!isTorznabEngineId(id)) return null;
	const caps = await torznabCaps(id, signal);
	if (!caps || !takesImdbId(caps, title.type)) return null;
	if (title.type === 'movie') return title.imdbId;
	if (title.season === undefined || title.episode === undefined || !caps.tvEpisodes) return null;
	return `${title.imdbId} S${title.season}E${title.episode}`;
}

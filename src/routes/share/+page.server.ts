// The share target (the manifest's share_target): what another app shared becomes a search. An IMDb link
// is named as the Stremio add-on names it (Cinemeta, then the IMDb page); anything else is read as text.
import { redirect } from '@sveltejs/kit';
import { z } from '#lib/zod.ts';
import { lookupTitle } from '#lib/server/titles/lookup-title.ts';
import { readShared } from './shared-text.ts';

// Share sheets send what they have; a field is a string at most, and an overlong one is cut, not refused.
const SHARED = z.object({
	title: z.optional(z.string()),
	text: z.optional(z.string()),
	url: z.optional(z.string())
});

async function nameOf(imdbId: string, signal: AbortSignal): Promise<string> {
	// A shared link does not say film or series: Cinemeta is asked as a film, the IMDb page names both.
	const title = await lookupTitle('movie', imdbId, { signal });
	if (!title) return imdbId;
	return title.year ? `${title.name} ${title.year}` : title.name;
}

export async function load({ url, request }) {
	const fields = SHARED.parse({
		title: url.searchParams.get('title')?.slice(0, 2000) ?? undefined,
		text: url.searchParams.get('text')?.slice(0, 2000) ?? undefined,
		url: url.searchParams.get('url')?.slice(0, 2000) ?? undefined
	});
	const shared = readShared(fields);
	if (shared.kind === 'nothing') redirect(303, '/');
	const query = shared.kind === 'imdb' ? await nameOf(shared.imdbId, request.signal) : shared.query;
	redirect(303, `/search?${new URLSearchParams({ q: query })}`);
}

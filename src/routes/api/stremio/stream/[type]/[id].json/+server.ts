// GET /api/stremio/stream/{movie|series}/{id}.json: streams for a film (tt…) or an episode (tt…:S:E),
// from a search by its IMDb id where an engine takes one and by its title elsewhere; the route's own
// `.json` keeps the suffix out of the id.
import { config } from '#lib/server/config.ts';
import {
	buildStreams,
	parseStreamTarget,
	streamCacheMaxAge,
	streamQueries
} from '#lib/server/formats/stremio.ts';
import { answerStremio, stremioJson, stremioPreflight } from '#lib/server/formats/stremio-http.ts';
import { collectTitleSearch } from '#lib/server/search/title-search.ts';
import { lookupTitle } from '#lib/server/titles/lookup-title.ts';

export function GET({ params, request }) {
	return answerStremio(async () => {
		const target = parseStreamTarget(params.type, params.id);
		if (!target.ok) return stremioJson({ error: target.error }, { status: 400 });
		const { signal } = request;
		const title = await lookupTitle(target.value.type, target.value.imdbId, { signal });
		const results = title
			? await collectTitleSearch({
					texts: streamQueries(title, target.value),
					...target.value,
					signal
				})
			: [];
		const streams = title ? buildStreams(results, target.value, title) : [];
		const cacheMaxAge = streamCacheMaxAge(streams, config.cacheTtlSeconds);
		return stremioJson({ streams, cacheMaxAge }, { maxAgeSeconds: cacheMaxAge });
	});
}

export const OPTIONS = stremioPreflight;

// GET /api/stremio/stream/{movie|series}/{id}.json: streams for a film (tt…) or an episode (tt…:S:E),
// from a search by its IMDb id where an engine takes one and by its title elsewhere; the route's own
// `.json` keeps the suffix out of the id. The answer goes out STREMIO_BUDGET_MS after the ask with what is
// found by then; the searches finish behind it into the state store, so the next ask is whole at once.
// The configured add-on (/api/stremio/<config>/stream/…) answers through `_answerStreams` with its
// configuration.
import { config } from '#lib/server/config.ts';
import { isEngineAvailable } from '#lib/server/engines/endpoint.ts';
import {
	addonEngines,
	buildStreams,
	parseStreamTarget,
	readAddonConfig,
	streamCacheMaxAge,
	streamQueries
} from '#lib/server/formats/stremio.ts';
import { answerStremio, stremioJson, stremioPreflight } from '#lib/server/formats/stremio-http.ts';
import { titleSearchBy } from '#lib/server/search/title-search.ts';
import { lookupTitle } from '#lib/server/titles/lookup-title.ts';

export function _answerStreams(
	params: { type: string; id: string },
	request: Request,
	configSegment: string | undefined
) {
	const answerBy = performance.now() + config.stremioBudgetMs;
	return answerStremio(async () => {
		const addon = readAddonConfig(configSegment, isEngineAvailable);
		if (!addon.ok) return stremioJson({ error: addon.error }, { status: 400 });
		const target = parseStreamTarget(params.type, params.id);
		if (!target.ok) return stremioJson({ error: target.error }, { status: 400 });
		const { signal } = request;
		const title = await lookupTitle(target.value.type, target.value.imdbId, { signal });
		const { results, complete } = title
			? await titleSearchBy(
					{
						texts: streamQueries(title, target.value),
						imdbId: target.value.imdbId,
						type: target.value.type,
						engines: addonEngines(
							target.value.type,
							addon.value.engines,
							config.defaultEngines,
							isEngineAvailable
						)
					},
					answerBy
				)
			: { results: [], complete: true };
		const streams = title ? buildStreams(results, target.value, title, addon.value.preferences) : [];
		// A partial answer is not kept by Stremio or a cache: the next ask gets the whole one from the store.
		const cacheMaxAge = complete ? streamCacheMaxAge(streams, config.cacheTtlSeconds) : 0;
		return stremioJson({ streams, cacheMaxAge }, { maxAgeSeconds: cacheMaxAge });
	});
}

export function GET({ params, request }) {
	return _answerStreams(params, request, undefined);
}

export const OPTIONS = stremioPreflight;

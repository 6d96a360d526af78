// GET /api/stremio/<config>/stream/{movie|series}/{id}.json: the streams of the unconfigured add-on,
// filtered and ranked by the configuration's preferences and asked of its engines.
import { stremioPreflight } from '#lib/server/formats/stremio-http.ts';
import { _answerStreams } from '../../../../stream/[type]/[id].json/+server.ts';

export function GET({ params, request }) {
	return _answerStreams(params, request, params.config);
}

export const OPTIONS = stremioPreflight;

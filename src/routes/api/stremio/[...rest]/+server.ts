// Anything else under the add-on (other resources, ids without `.json`): a readable 404 with CORS, so
// Stremio reports "not found" rather than a network error.
import { answerStremio, stremioJson, stremioPreflight } from '#lib/server/formats/stremio-http.ts';

export function GET({ params }) {
	return answerStremio(() =>
		stremioJson({ error: `no add-on resource at /api/stremio/${params.rest.slice(0, 100)}` }, { status: 404 })
	);
}

export const OPTIONS = stremioPreflight;

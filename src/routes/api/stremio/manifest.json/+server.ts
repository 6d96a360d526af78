// GET /api/stremio/manifest.json: the add-on's manifest, the URL people paste into Stremio to install it.
import { version } from '$app/env';
import { stremioManifest } from '#lib/server/formats/stremio.ts';
import { answerStremio, stremioJson, stremioPreflight } from '#lib/server/formats/stremio-http.ts';
import { publicOrigin } from '#lib/server/http/public-origin.ts';

export function GET({ url }) {
	return answerStremio(() =>
		stremioJson(stremioManifest(version, publicOrigin(url)), { maxAgeSeconds: 3600 })
	);
}

export const OPTIONS = stremioPreflight;

// GET /api/stremio/<config>/manifest.json: the add-on's manifest for one person's configuration (the URL
// /configure builds); the same add-on id, so Stremio replaces an earlier install. An invalid configuration
// is a 400 with `{ error }`, which Stremio shows when installing.
import { version } from '$app/env';
import { isEngineAvailable } from '#lib/server/engines/endpoint.ts';
import { readAddonConfig, stremioManifest } from '#lib/server/formats/stremio.ts';
import { answerStremio, stremioJson, stremioPreflight } from '#lib/server/formats/stremio-http.ts';
import { publicOrigin } from '#lib/server/http/public-origin.ts';

export function GET({ url, params }) {
	return answerStremio(() => {
		const addon = readAddonConfig(params.config, isEngineAvailable);
		if (!addon.ok) return stremioJson({ error: addon.error }, { status: 400 });
		return stremioJson(stremioManifest(version, publicOrigin(url)), { maxAgeSeconds: 3600 });
	});
}

export const OPTIONS = stremioPreflight;

// The Stremio configure page: the preferences and engines a person picks, read from the address (the
// form's fields, or `config`, the segment of an installed add-on whose "Configure" button brought them
// here), checked exactly as the add-on checks them.
import { error } from '@sveltejs/kit';
import { parsePreferences } from '#lib/preference-parser.ts';
import { DEFAULT_PREFERENCES, stremioConfigSegment } from '#lib/preferences.ts';
import { isEngineAvailable } from '#lib/server/engines/endpoint.ts';
import { readAddonConfig } from '#lib/server/formats/stremio.ts';
import { publicOrigin } from '#lib/server/http/public-origin.ts';
import { listEngines } from '#lib/server/search/engine-list.ts';

export async function load({ url }) {
	const engines = await listEngines();
	const given = url.searchParams.get('config');
	let segment: string | undefined;
	if (given !== null) {
		segment = given;
	} else {
		const preferences = parsePreferences(url.searchParams);
		if (!preferences.ok) error(400, preferences.error);
		const picked = url.searchParams.getAll('engines').flatMap((value) => value.split(','));
		segment = stremioConfigSegment(preferences.value, picked.filter(Boolean));
	}
	const addon = readAddonConfig(segment || undefined, isEngineAvailable);
	if (!addon.ok) error(400, addon.error);
	return {
		engines,
		preferences: addon.value.preferences ?? DEFAULT_PREFERENCES,
		picked: addon.value.engines ?? [],
		origin: publicOrigin(url)
	};
}

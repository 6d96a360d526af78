// The addresses of the Stremio add-on for a configuration: its manifest URL (what Stremio installs) and
// the `stremio://` link that opens Stremio's install dialog with it.
import { stremioConfigSegment, type Preferences } from '#lib/preferences.ts';

export function addonManifestUrl(
	origin: string,
	preferences: Preferences,
	engines: readonly string[]
): string {
	const segment = stremioConfigSegment(preferences, engines);
	// the segment holds only letters, digits and `=|,.`, all valid in a path as they are (as Torrentio's)
	return segment ? `${origin}/api/stremio/${segment}/manifest.json` : `${origin}/api/stremio/manifest.json`;
}

/** Stremio's own scheme: the manifest URL with `stremio://` for its scheme. */
export function stremioInstallLink(manifestUrl: string): string {
	return manifestUrl.replace(/^https?:\/\//, 'stremio://');
}

// The configure page's addresses: unconfigured when nothing is chosen, one path segment otherwise.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '#lib/preferences.ts';
import { addonManifestUrl, stremioInstallLink } from './addon-url.ts';

describe('addon URLs', () => {
	it('is the unconfigured manifest when nothing is chosen', () => {
		expect(addonManifestUrl('http://tv.example:3000', DEFAULT_PREFERENCES, [])).toBe(
			'http://tv.example:3000/api/stremio/manifest.json'
		);
	});

	it('carries the configuration in one segment, and opens Stremio by its scheme', () => {
		const url = addonManifestUrl(
			'https://tv.example',
			{ ...DEFAULT_PREFERENCES, res: ['2160p', '1080p'], exclude: ['cam'], sort: 'seeders' },
			['yts']
		);
		expect(url).toBe(
			'https://tv.example/api/stremio/res=2160p,1080p|exclude=cam|sort=seeders|engines=yts/manifest.json'
		);
		expect(new URL(url).pathname.split('/')).toHaveLength(5);
		expect(stremioInstallLink(url)).toBe(
			'stremio://tv.example/api/stremio/res=2160p,1080p|exclude=cam|sort=seeders|engines=yts/manifest.json'
		);
	});
});

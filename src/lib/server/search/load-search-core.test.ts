// The one loader of the search core, which the warm-up calls while a person types.
import { describe, expect, it } from 'vitest';
import { releaseParserIsWarm } from '#lib/server/release/parse-release.ts';
import { loadSearchCore } from './search.ts';

describe('loadSearchCore', () => {
	it('loads the live search and readies the release parser’s pattern index', async () => {
		expect(releaseParserIsWarm()).toBe(false);
		await loadSearchCore();
		expect(releaseParserIsWarm()).toBe(true);
	});
});

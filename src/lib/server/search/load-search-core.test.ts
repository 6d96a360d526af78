// The one loader of the search core, which the warm-up calls while a person types.
import { describe, expect, it } from 'vitest';
import { readersAreWarm } from './readers.ts';
import { loadSearchCore } from './search.ts';

describe('loadSearchCore', () => {
	it('loads the live search and readies its readers (the markup parsers, the release parser’s pattern index)', async () => {
		expect(readersAreWarm()).toBe(false);
		await loadSearchCore();
		expect(readersAreWarm()).toBe(true);
	});
});

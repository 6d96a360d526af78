// How a release relates to one episode, read from real spellings of episodes, packs and complete series.
import { describe, expect, it } from 'vitest';
import { episodeFit } from './episode-fit.ts';
import { parseRelease } from './parse-release.ts';

describe('episodeFit', () => {
	it.each([
		['Game.of.Thrones.S01E02.1080p', 1, 2, 'episode'],
		['Game.of.Thrones.S01E01E02.1080p', 1, 2, 'episode'],
		['Show.S01E02-E05.720p', 1, 4, 'episode'],
		['Show.3x07.HDTV', 3, 7, 'episode'],
		['Game.of.Thrones.S01E03.1080p', 1, 2, 'other'],
		['Game.of.Thrones.S02E02.1080p', 1, 2, 'other'],
		['Game of Thrones S01 1080p', 1, 2, 'pack'],
		['Game.of.Thrones.S01-S03.720p', 2, 5, 'pack'],
		['Game of Thrones Seasons 1 to 8', 8, 1, 'pack'],
		['Game of Thrones S02 1080p', 1, 2, 'other'],
		['Game of Thrones The Complete Series', 1, 2, 'pack'],
		['Game of Thrones 1080p', 1, 2, 'unknown']
	] as const)('reads %s for season %i episode %i as %s', (name, season, episode, fit) => {
		expect(episodeFit(parseRelease(name), season, episode)).toBe(fit);
	});

	it('knows nothing of a name it could not read', () => {
		expect(episodeFit(null, 1, 2)).toBe('unknown');
	});
});

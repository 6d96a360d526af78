// How a release relates to one episode, read from real spellings of episodes, packs and complete series.
import { describe, expect, it } from 'vitest';
import { episodeFit } from './episode-fit.ts';
import { parseRelease } from './parse-release.ts';

const fit = (name: string, season: number, episode: number) =>
	episodeFit(parseRelease(name), season, episode);

describe('episodeFit', () => {
	it('tells the episode, its packs and other episodes apart', () => {
		expect(fit('Game.of.Thrones.S01E02.1080p', 1, 2)).toBe('episode');
		expect(fit('Game.of.Thrones.S01E01E02.1080p', 1, 2)).toBe('episode');
		expect(fit('Show.S01E02-E05.720p', 1, 4)).toBe('episode');
		expect(fit('Show.3x07.HDTV', 3, 7)).toBe('episode');
		expect(fit('Game.of.Thrones.S01E03.1080p', 1, 2)).toBe('other');
		expect(fit('Game.of.Thrones.S02E02.1080p', 1, 2)).toBe('other');
		expect(fit('Game of Thrones S01 1080p', 1, 2)).toBe('pack');
		expect(fit('Game.of.Thrones.S01-S03.720p', 2, 5)).toBe('pack');
		expect(fit('Game of Thrones Seasons 1 to 8', 8, 1)).toBe('pack');
		expect(fit('Game of Thrones S02 1080p', 1, 2)).toBe('other');
		expect(fit('Game of Thrones The Complete Series', 1, 2)).toBe('pack');
		expect(fit('Game of Thrones 1080p', 1, 2)).toBe('unknown');
		expect(episodeFit(null, 1, 2)).toBe('unknown');
	});
});

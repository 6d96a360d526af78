// Which engines a known title is asked by id, and which by text.
import { describe, expect, it } from 'vitest';
import { splitEngines } from './title-search.ts';

describe('splitEngines', () => {
	it('gives EZTV the id of a series and YTS the id of a film, every other engine the text', () => {
		const enabled = ['apibay', 'eztv', 'yts', 'duckduckgo'] as const;
		expect(splitEngines('series', [...enabled])).toEqual({
			byId: ['eztv'],
			byText: ['apibay', 'yts', 'duckduckgo']
		});
		expect(splitEngines('movie', [...enabled])).toEqual({
			byId: ['yts'],
			byText: ['apibay', 'eztv', 'duckduckgo']
		});
		expect(splitEngines('movie', ['apibay'])).toEqual({ byId: [], byText: ['apibay'] });
	});
});

// Streamed results never move a card that is on screen: they enter below it or wait behind a tap.
import { describe, expect, it } from 'vitest';
import { placeResults } from './stable-order.ts';

describe('placeResults', () => {
	it('shows the ranking as it is while nothing is on screen', () => {
		expect(placeResults(['b', 'a'], ['a', 'b', 'c'], 0)).toEqual({ order: ['a', 'b', 'c'], held: 0 });
	});

	it('keeps the cards on screen, enters lower ones in place and holds better ones', () => {
		// a and c are on screen; b ranks between them and x above all: both wait; d and e go below
		const placed = placeResults(['a', 'c', 'e'], ['x', 'a', 'b', 'c', 'd', 'e'], 2);
		expect(placed).toEqual({ order: ['a', 'c', 'd', 'e'], held: 2 });
	});

	it('lets a card below the screen move within the part below', () => {
		expect(placeResults(['a', 'b', 'c', 'd'], ['d', 'a', 'c', 'b'], 1)).toEqual({
			order: ['a', 'd', 'c', 'b'],
			held: 0
		});
	});

	it('forgets a card on screen that is no longer shown (a filter took it away)', () => {
		expect(placeResults(['gone', 'a'], ['a', 'b'], 2)).toEqual({ order: ['a', 'b'], held: 0 });
	});

	it('shows everything in ranking order once the person asks (pinned 0)', () => {
		const first = placeResults(['a', 'c'], ['x', 'a', 'b', 'c'], 2);
		expect(first.held).toBe(2);
		expect(placeResults(first.order, ['x', 'a', 'b', 'c'], 0).order).toEqual(['x', 'a', 'b', 'c']);
	});
});

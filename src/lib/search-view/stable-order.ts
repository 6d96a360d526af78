// Where streamed results go on a page a person is reading: the cards on screen (and above it) stay where
// they are; a new result that ranks below them enters in place, one that ranks above them waits behind
// an "N better results" tap, so nothing moves a card from under a thumb.

export interface Placement {
	/** Infohashes in the order shown. */
	order: string[];
	/** Results held back because they rank above a card on screen. */
	held: number;
}

/**
 * The next order to show. `shown` is the order on the page now, `ranked` the ranking of everything that
 * may be shown, and `pinned` how many of the first cards shown are on screen or above it (0 shows the
 * ranking as it is: nothing is being read yet, or the person asked for it).
 */
export function placeResults(shown: readonly string[], ranked: readonly string[], pinned: number): Placement {
	const place = new Map(ranked.map((id, index) => [id, index]));
	const kept = shown.slice(0, pinned).filter((id) => place.has(id));
	if (kept.length === 0) return { order: [...ranked], held: 0 };
	const keptSet = new Set(kept);
	const wasShown = new Set(shown);
	const lowestKept = Math.max(...kept.map((id) => place.get(id)!));
	const rest = ranked.filter((id) => !keptSet.has(id));
	// A card already on the page below the screen may move within the part below; a new one that ranks above
	// a card on screen would have to go above it.
	const held = rest.filter((id) => !wasShown.has(id) && place.get(id)! < lowestKept);
	const heldSet = new Set(held);
	return { order: [...kept, ...rest.filter((id) => !heldSet.has(id))], held: held.length };
}

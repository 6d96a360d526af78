// What a search reads its answers with, loaded on first use (lazy-module.ts): the markup parsers and the
// release-name reader. A process's first search readies them once its engine requests are on the wire, in
// the wait for their answers, rather than before sending them or when the first answer is read.
import { warmUpMarkupParsers } from '#lib/server/markup.ts';
import { warmUpReleaseParser } from '#lib/server/release/parse-release.ts';

let warmingUp: Promise<void> | undefined;

/** Whether the readers are readied or being readied (else a search readies them once its requests are out). */
export function readersAreWarm(): boolean {
	return warmingUp !== undefined;
}

/**
 * Loads and readies the readers: the markup parsers first, which engine answers need, then, in a later turn
 * of the loop, the release-name reader, which results need; an answer arriving meanwhile is read between.
 */
export function warmUpReaders(): Promise<void> {
	warmingUp ??= new Promise((resolve) => {
		warmUpMarkupParsers();
		setImmediate(() => resolve(warmUpReleaseParser()));
	});
	return warmingUp;
}

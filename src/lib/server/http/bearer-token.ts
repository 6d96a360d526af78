// Checks an Authorization: Bearer header against the operator's token (METRICS_TOKEN) in constant time:
// both sides are hashed first, so neither the comparison nor an early length mismatch tells a guesser
// how much of the token was right.
import { createHash, timingSafeEqual } from 'node:crypto';

function digest(text: string): Buffer {
	return createHash('sha256').update(text).digest();
}

/** Whether the header is `Bearer <token>` with exactly this token (the scheme in any case, RFC 9110). */
export function bearerTokenMatches(header: string | null, token: string): boolean {
	const given = /^Bearer +([^\s]+) *$/i.exec(header ?? '')?.[1];
	// Compared even when absent, so an answer without a header takes as long as a wrong one.
	const same = timingSafeEqual(digest(given ?? ''), digest(token));
	return given !== undefined && same;
}

// Recognises an answer that is a Cloudflare or DDoS-Guard challenge (a browser check, or Cloudflare's 1020
// firewall page) rather than the page asked for: it is reported as a challenge, or handed to FlareSolverr,
// never read as a page without magnets.
import type { ConfiguredAnswer } from './configured-request.ts';

/** The statuses challenges are served with: Cloudflare's managed challenge is 403, its JS challenge 503. */
const CHALLENGE_STATUSES = new Set([403, 503]);

const MARKERS = /Just a moment\.\.\.|cf-chl|challenge-platform|error code: 1020|DDoS-Guard|ddos-guard/i;

/** How many bytes of a suspected challenge are read to look for its markers: they sit in the head. */
export const CHALLENGE_SNIFF_BYTES = 64 * 1024;

export type ChallengeVendor = 'cloudflare' | 'ddos-guard';

/** The service a response's status and `Server` header say may be challenging us, or null (most answers). */
export function challengeVendor(status: number, server: string | null): ChallengeVendor | null {
	if (!CHALLENGE_STATUSES.has(status) || !server) return null;
	const name = server.trim().toLowerCase();
	if (name.startsWith('cloudflare')) return 'cloudflare';
	if (name.startsWith('ddos-guard')) return 'ddos-guard';
	return null;
}

/** True when a page holds a challenge's markers. */
export function hasChallengeMarkers(body: string): boolean {
	return MARKERS.test(body);
}

/** The reason people read: `cloudflare challenge`, `ddos-guard challenge`. */
export function challengeReason(vendor: ChallengeVendor): string {
	return `${vendor} challenge`;
}

/** The vendor of an answer (an engine's, a solver's page) that is a challenge, or null. */
export function answerChallenge(
	answer: Pick<ConfiguredAnswer, 'status' | 'headers' | 'body'>
): ChallengeVendor | null {
	const vendor = challengeVendor(answer.status, answer.headers.get('server'));
	return vendor && hasChallengeMarkers(answer.body.slice(0, CHALLENGE_SNIFF_BYTES)) ? vendor : null;
}

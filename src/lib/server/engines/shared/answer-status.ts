// What an engine's answer says before its body is read: the statuses that mean "blocked" or "failed".
import type { EngineAnswer, EngineOutcome } from '../types.ts';

export const UNEXPECTED_SHAPE: EngineOutcome = { kind: 'error', reason: 'unexpected answer shape' };

export function captcha(reason: string): EngineOutcome {
	return { kind: 'blocked', suspend: 'captcha', reason };
}

/** 429 and 403 are blocks (the engine is suspended a while); other non-2xx are plain errors. */
export function statusOutcome(answer: EngineAnswer): EngineOutcome | null {
	const { status } = answer;
	if (status === 429)
		return { kind: 'blocked', suspend: 'rate-limit', reason: 'too many requests (HTTP 429)' };
	if (status === 403) return { kind: 'blocked', suspend: 'denied', reason: 'access denied (HTTP 403)' };
	if (status >= 200 && status < 300) return null;
	return { kind: 'error', reason: `HTTP ${status}` };
}

/** Where a redirect points, resolved against the URL that was asked; engines see redirects unfollowed. */
export function redirectTarget(answer: EngineAnswer): URL | null {
	if (answer.status < 300 || answer.status >= 400) return null;
	const location = answer.headers.get('location');
	if (!location) return null;
	try {
		return new URL(location, answer.url);
	} catch {
		return null;
	}
}

// Widgets of the usual challenge services (ALTCHA's is an element), and forms posting to a captcha endpoint.
const CHALLENGE_MARKERS =
	/class="[^"]*\b(g-recaptcha|h-captcha|cf-turnstile)\b|\/cdn-cgi\/challenge-platform\/|<altcha-widget\b|<form[^>]+action="[^"]*captcha/i;

/** True when a page is a challenge (reCAPTCHA, hCaptcha, Turnstile, ALTCHA, a captcha form), not results. */
export function looksLikeChallenge(body: string): boolean {
	return CHALLENGE_MARKERS.test(body);
}

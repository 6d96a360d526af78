// The request hook that puts the browser-side protections on every answer the app itself gives: no MIME
// sniffing, no Referer to other sites (a result link must not tell a site what was searched), no framing
// by other sites, and a Content-Security-Policy where SvelteKit's own (pages, vite.config.ts) does not apply.
import type { Handle } from '@sveltejs/kit/hooks';

/** For HTML written by endpoints (the no-JavaScript results, refusals): they carry no script at all. */
export const WRITTEN_HTML_POLICY = [
	"default-src 'self'",
	"script-src 'none'",
	// Written pages hide superseded results with small <style> elements.
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'self'"
].join('; ');

/** JSON, NDJSON, XML and the rest: nothing in them should ever run or load anything if opened. */
const DATA_POLICY = "default-src 'none'; frame-ancestors 'self'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	// A result link must not tell the site it leads to what was searched.
	'referrer-policy': 'no-referrer',
	// Older browsers that ignore frame-ancestors; same origin, so the app may still frame its own pages.
	'x-frame-options': 'SAMEORIGIN'
};

function policyFor(response: Response): string {
	const type = response.headers.get('content-type') ?? '';
	return type.startsWith('text/html') ? WRITTEN_HTML_POLICY : DATA_POLICY;
}

/** The response with the headers added; some responses (Response.redirect) have immutable headers. */
export function withSecurityHeaders(response: Response): Response {
	let target = response;
	try {
		target.headers.set('x-content-type-options', SECURITY_HEADERS['x-content-type-options'] as string);
	} catch {
		target = new Response(response.body, response);
	}
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) target.headers.set(name, value);
	if (!target.headers.has('content-security-policy'))
		target.headers.set('content-security-policy', policyFor(target));
	return target;
}

export const securityHeaders: Handle = async ({ event, resolve }) =>
	withSecurityHeaders(await resolve(event));

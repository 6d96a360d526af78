// The security headers on answers that never reach the request hooks: adapter-node serves static files
// (/app.css, /_app/immutable/*) before SvelteKit runs, and answers some errors itself. Node announces
// every request on a diagnostics channel before any handler sees it, so the headers are set there first;
// whatever SvelteKit then sets (a page's own CSP) replaces them.
import { subscribe } from 'node:diagnostics_channel';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS, WRITTEN_HTML_POLICY } from './security-headers.ts';

let installed = false;

function preset(message: unknown): void {
	const { response } = message as { response?: ServerResponse };
	if (!response || response.headersSent) return;
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
	// No script at all: a static file has none, and an SVG or an error page opened on its own runs none.
	response.setHeader('content-security-policy', WRITTEN_HTML_POLICY);
}

/** Installs the preset once per process (the server's init); it holds no handle, so idle exit is unaffected. */
export function securityHeadersOnEveryAnswer(): void {
	if (installed) return;
	installed = true;
	subscribe('http.server.request.start', preset);
}

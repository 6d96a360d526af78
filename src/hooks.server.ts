// Server hooks: what runs once at start and around every request.
import type { ServerInit } from '@sveltejs/kit/hooks';
import { sequence } from '@sveltejs/kit/hooks';
import { pageSettings } from '#lib/i18n/page-settings-handle.ts';
import { apiNotFound } from '#lib/server/http/api-not-found.ts';
import { sameOriginWrites } from '#lib/server/http/same-origin.ts';
import { searchLimits } from '#lib/server/http/search-limits.ts';
import { securityHeadersOnEveryAnswer } from '#lib/server/http/node-security-headers.ts';
import { securityHeaders } from '#lib/server/http/security-headers.ts';
import { shellPolicy } from '#lib/server/http/shell-policy.ts';
import { exitAfterShutdown } from '#lib/server/lifecycle.ts';
import { logUnhandledRejections, requestLog } from '#lib/server/request-log.ts';
import { warmUpAfterResponse } from '#lib/server/search/warm-up.ts';

export { handleError } from '#lib/server/request-log.ts';

export const init: ServerInit = () => {
	// adapter-node never exits by itself after an idle or signalled shutdown: see lifecycle.ts.
	exitAfterShutdown();
	logUnhandledRejections();
	// Static files and adapter-node's own answers never pass the hooks below.
	securityHeadersOnEveryAnswer();
};

// Each concern is its own named handle. The request log wraps everything so that its id and timing cover
// the whole answer; security headers come next so that every answer, refusals included, carries them; a
// write from another site is refused before any route runs; the page's language and theme are settled
// before the search limits, so a refused browser reads its language. Warming the search core comes first
// of all: it starts once a page has gone out to a browser. The app shell's policy is rewritten last, on
// the page SvelteKit rendered.
export const handle = sequence(
	warmUpAfterResponse,
	requestLog,
	securityHeaders,
	sameOriginWrites,
	apiNotFound,
	pageSettings,
	searchLimits,
	shellPolicy
);

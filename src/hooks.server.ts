// Server hooks: what runs once at start and around every request.
import type { ServerInit } from '@sveltejs/kit';
import { exitAfterShutdown } from '#lib/server/lifecycle.ts';

export const init: ServerInit = () => {
	// adapter-node never exits by itself after an idle or signalled shutdown: see lifecycle.ts.
	exitAfterShutdown();
};

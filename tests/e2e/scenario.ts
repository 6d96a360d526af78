// The web the end-to-end tests see: which engines answer what, how fast, and which sites hang.
import type { Route } from '../fake-web/fake-web.ts';

export function fakeWebEnv(_webUrl: string): Record<string, string> {
	return {
		EGRESS_ALLOWLIST: '127.0.0.1',
		CACHE_TTL_SECONDS: '0'
	};
}

export function scenarioRoutes(): Record<string, Route> {
	return {};
}

// Builds an engine's request URL under the base URL it was given, keeping any path prefix of a mirror.
export function endpoint(baseUrl: string, path: string, params: Record<string, string> = {}): string {
	const url = new URL(baseUrl.replace(/\/+$/, '') + path);
	for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
	return url.href;
}

// Egress presents every request as one browser (egress/exchange.ts); an index's API is asked for JSON,
// as that browser's page script would.
export const JSON_HEADERS: Record<string, string> = { accept: 'application/json' };

// Builds an engine's request URL under the base URL it was given, keeping any path prefix of a mirror.
export function endpoint(baseUrl: string, path: string, params: Record<string, string> = {}): string {
	const url = new URL(baseUrl.replace(/\/+$/, '') + path);
	for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
	return url.href;
}

// Engines answer a browser and often refuse or degrade an unknown client.
export const BROWSER_HEADERS: Record<string, string> = {
	'user-agent': 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
	accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
	'accept-language': 'en-US,en;q=0.7'
};

export const JSON_HEADERS: Record<string, string> = {
	'user-agent': BROWSER_HEADERS['user-agent']!,
	accept: 'application/json'
};

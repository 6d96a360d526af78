// The latencies of a realistic web, shared by the benchmark and the load test: engines answer in 300 to
// 800 ms, sites in 50 ms to 5 s (past SITE_TIMEOUT_MS for the slowest), each with a real capture.

export const ENGINE_MS = { apibay: 300, duckduckgo: 450, nyaa: 600, bing: 800 };

export const SITES: [name: string, fixture: string, delayMs: number][] = [
	['x1337', 'sites/x1337-detail.html', 50],
	['lime', 'sites/limetorrents-detail.html', 150],
	['listing', 'sites/limetorrents-search.html', 400],
	['eztv', 'sites/eztv-detail.html', 1200],
	['downloads', 'sites/torrentdownloads-detail.html', 3000],
	['galaxy', 'sites/torrentgalaxy.html', 5000],
	['json', 'sites/torrentbay-magnet-response.json', 80]
];

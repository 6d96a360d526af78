// What a request to an operator-configured endpoint (an engine, a Torznab source, a torrent client,
// FlareSolverr, Cinemeta) says, and the answer egress hands back for it.

export interface ConfiguredRequest {
	url: string;
	method?: 'GET' | 'POST';
	/** Added to (and, by name, replacing) the browser's headers every request presents. */
	headers?: Record<string, string>;
	body?: string;
}

/**
 * An HTTP answer, whatever its status, for the caller to read (an engine reads its error pages and
 * redirects). Where redirects are followed, only a 2xx ends them as an answer: anything else fails.
 */
export interface ConfiguredAnswer {
	status: number;
	/** The URL asked, or where its redirects ended when they were followed. */
	url: string;
	headers: Headers;
	/** The body decoded to text with its declared charset. */
	body: string;
}

// What an engine asks egress to send, and the answer egress hands back (redirects not followed).

export interface EngineRequest {
	url: string;
	method?: 'GET' | 'POST';
	headers?: Record<string, string>;
	body?: string;
}

/** An engine's HTTP answer as egress hands it over: redirects are not followed for engines. */
export interface EngineAnswer {
	status: number;
	/** The URL that was asked. */
	url: string;
	headers: Headers;
	/** The body decoded to text with its declared charset. */
	body: string;
}

// GET /opensearch.xml: lets browsers add cf-torrent as a search engine (the search page links it from its head).
export function GET({ url, request }) {
	const origin = publicOrigin(url, request.headers.get('referer'));
	const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>cf-torrent</ShortName>
  <Description>Magnet links from web search engines and torrent indexes</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${origin}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${origin}/search?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${origin}/opensearch.xml"/>
  <moz:SearchForm>${origin}/</moz:SearchForm>
</OpenSearchDescription>
`;
	return new Response(body, {
		headers: {
			'content-type': 'application/opensearchdescription+xml; charset=utf-8',
			'cache-control': 'max-age=3600'
		}
	});
}

/**
 * adapter-node assumes https unless PROTOCOL_HEADER says otherwise, but this app is often reached over plain
 * http on a private network. The browser fetches this file from one of our pages, whose address it sends
 * as Referer: that page's origin is the one the person actually uses.
 */
function publicOrigin(url: URL, referer: string | null): string {
	try {
		const page = referer ? new URL(referer) : null;
		if (page && page.host === url.host && (page.protocol === 'http:' || page.protocol === 'https:'))
			return page.origin;
	} catch {
		// Not a URL: fall back to the request's own origin.
	}
	return url.origin;
}

// GET /opensearch.xml: lets browsers add cf-torrent as a search engine (the search page links it from its head).
import { publicOrigin } from '#lib/server/http/public-origin.ts';

export function GET({ url }) {
	const origin = publicOrigin(url);
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

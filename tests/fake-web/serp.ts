// Minimal result pages in each engine's real markup (the selectors of the captures in ../shared/fixtures/serp),
// pointing at pages of the fake web, so a search can run end to end on this machine.

function escapeAttribute(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** html.duckduckgo.com: `a.result__a`, each link wrapped as `//duckduckgo.com/l/?uddg=…`. */
export function duckduckgoSerp(links: string[]): string {
	const items = links.map(
		(link, i) =>
			`<div class="result results_links results_links_deep web-result"><div class="links_main links_deep result__body">` +
			`<h2 class="result__title"><a rel="nofollow" class="result__a" href="${escapeAttribute(
				`//duckduckgo.com/l/?uddg=${encodeURIComponent(link)}&rut=r${i}`
			)}">Result ${i}</a></h2></div></div>`
	);
	return `<!DOCTYPE html><html><head><title>q at DuckDuckGo</title></head><body><div id="links" class="results">${items.join('')}</div></body></html>`;
}

/** www.bing.com: `li.b_algo h2 a`, each link wrapped as `bing.com/ck/a?…&u=a1<base64url>`. */
export function bingSerp(links: string[]): string {
	const items = links.map((link, i) => {
		const wrapped = `https://www.bing.com/ck/a?!&&p=abc${i}&ptn=3&ver=2&u=a1${Buffer.from(link).toString('base64url')}&ntb=1`;
		return `<li class="b_algo"><h2><a href="${escapeAttribute(wrapped)}" h="ID=SERP,${i}">Result ${i}</a></h2></li>`;
	});
	return `<!DOCTYPE html><html><head><title>q - Search</title></head><body><ol id="b_results">${items.join('')}</ol></body></html>`;
}

/** html.duckduckgo.com's answer to a suspected bot: HTTP 202 and an anomaly page. */
export const DUCKDUCKGO_ANOMALY = `<!DOCTYPE html><html><body><form id="challenge-form" action="//duckduckgo.com/anomaly.js?sv=html&cc=sre" method="POST"><div class="anomaly-modal__title">Unfortunately, bots use DuckDuckGo too.</div></form></body></html>`;

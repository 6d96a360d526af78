// The parsers remote HTML and XML are read with: cheerio for engine answers (small pages read whole),
// htmlparser2's streaming parser for result pages. Both load on first use (lazy-module.ts): loading them
// is most of what a woken process would otherwise do before its first engine request leaves.
import type * as Cheerio from 'cheerio/slim';
import type * as Htmlparser2 from 'htmlparser2';
import { lazyModule } from './lazy-module.ts';

export type { CheerioAPI } from 'cheerio/slim';

const cheerio = lazyModule<typeof Cheerio>('cheerio/slim');
const htmlparser2 = lazyModule<typeof Htmlparser2>('htmlparser2');

/** A document to query with selectors (cheerio's `load`). */
export function loadMarkup(markup: string, options?: Cheerio.CheerioOptions): Cheerio.CheerioAPI {
	return cheerio().load(markup, options);
}

/** htmlparser2's streaming parser, fed a page in pieces. */
export function streamingParser(
	handler: Partial<Htmlparser2.Handler>,
	options?: Htmlparser2.ParserOptions
): Htmlparser2.Parser {
	return new (htmlparser2().Parser)(handler, options);
}

/** Loads both parsers and compiles cheerio's path once, while nobody waits. */
export function warmUpMarkupParsers(): void {
	loadMarkup('<p><a href="/">warm</a></p>')('p a').attr('href');
	htmlparser2();
}

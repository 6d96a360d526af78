// Turns the hrefs a result page holds into the links worth following: absolute, unwrapped from the
// engine's click-tracking redirect, http(s) only, without the engine's own pages, each once.
import { loadMarkup, type CheerioAPI } from '#lib/server/markup.ts';

export interface LinkOptions {
	/** The URL that was asked: relative and protocol-relative hrefs resolve against it. */
	base: string;
	/** Returns the target of the engine's redirect wrapper, or null when the URL is not one. */
	unwrap?: (url: URL) => string | null;
	/** Hosts (and their subdomains) whose links are the engine's own: ads, settings, more searches. */
	ownHosts?: string[];
}

function isOwnHost(hostname: string, ownHosts: string[]): boolean {
	return ownHosts.some((host) => hostname === host || hostname.endsWith(`.${host}`));
}

function resolve(href: string, base: string): URL | null {
	try {
		return new URL(href.trim(), base);
	} catch {
		return null;
	}
}

export function resultLinks(hrefs: Iterable<string | undefined>, options: LinkOptions): string[] {
	const links = new Set<string>();
	for (const href of hrefs) {
		if (!href) continue;
		let url = resolve(href, options.base);
		const target = url && options.unwrap?.(url);
		if (target) url = resolve(target, options.base);
		if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
		if (isOwnHost(url.hostname, options.ownHosts ?? [])) continue;
		links.add(url.href);
	}
	return [...links];
}

/** The common case: the hrefs of the anchors a selector finds in an HTML page (or one already loaded). */
export function hrefsAt(page: string | CheerioAPI, selector: string): string[] {
	const $ = typeof page === 'string' ? loadMarkup(page) : page;
	return $(selector)
		.map((_, element) => $(element).attr('href'))
		.get();
}

// The hostile corner of the fake web, shared by the Vitest and Playwright tests: a decompression bomb, an
// endless redirect loop, a 1 GB Content-Length, pages of 100 000 and 30 000 magnets, and a torrent whose
// name is markup, all listed by one DuckDuckGo result page.
import { createGzip } from 'node:zlib';
import type { Route } from '../fake-web/fake-web.ts';
import { duckduckgoSerp } from '../fake-web/serp.ts';

export const SCRIPT_NAME = '<script>alert(1)</script>';
export const IMG_NAME = '<img src=x onerror=alert(2)>';
export const SCRIPT_HASH = '5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c';
export const IMG_HASH = '6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d6d';
/** Magnets on the page that fits the page cap but not the per-page magnet cap. */
export const DENSE_MAGNETS = 30_000;
export const PER_PAGE_CAP = 2000;

const hash = (i: number) => i.toString(16).padStart(40, '0');

/** 512 MiB of zeros gzipped: about half a megabyte on the wire. */
async function gzipBomb(): Promise<Buffer> {
	const gzip = createGzip({ level: 9 });
	const chunks: Buffer[] = [];
	gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise((resolve) => gzip.on('end', resolve));
	gzip.write('<!doctype html><html><body><a href="magnet:?xt=urn:btih:' + hash(1) + '">first</a>');
	const zeros = Buffer.alloc(1024 * 1024, 0x20);
	for (let i = 0; i < 512; i++) {
		if (!gzip.write(zeros)) await new Promise((resolve) => gzip.once('drain', resolve));
	}
	gzip.end();
	await done;
	return Buffer.concat(chunks);
}

function magnetPage(count: number, offset: number): string {
	const lines = Array.from({ length: count }, (_, i) => `magnet:?xt=urn:btih:${hash(offset + i)}`);
	return `<!doctype html><html><body><pre>\n${lines.join('\n')}\n</pre></body></html>`;
}

export const XSS_PAGE = `<!doctype html><html><head><title>${IMG_NAME}</title></head><body>
<a href="magnet:?xt=urn:btih:${SCRIPT_HASH}&dn=${encodeURIComponent(SCRIPT_NAME)}">download</a>
<a href="magnet:?xt=urn:btih:${IMG_HASH}&dn=${encodeURIComponent(IMG_NAME)}&tr=${encodeURIComponent('udp://"><script>alert(3)</script>:1/')}">download</a>
</body></html>`;

/** The routes, keyed by path, with the result page linking every one of them. */
export async function hostileRoutes(webUrl: string): Promise<Record<string, Route>> {
	const site = (path: string) => `${webUrl}/site/${path}`;
	return {
		'/ddg/html': {
			body: duckduckgoSerp([
				site('bomb'),
				site('loop'),
				site('huge'),
				site('many'),
				site('dense'),
				site('xss')
			])
		},
		'/site/bomb': { body: await gzipBomb(), headers: { 'content-encoding': 'gzip' } },
		'/site/loop': { redirect: '/site/loop' },
		'/site/huge': { body: 'x'.repeat(1024), headers: { 'content-length': String(1024 ** 3) }, hang: true },
		'/site/many': { body: magnetPage(100_000, 0x100000) },
		'/site/dense': { body: magnetPage(DENSE_MAGNETS, 0x200000) },
		'/site/xss': { body: XSS_PAGE }
	};
}

/** The app's settings for a search over the hostile web. */
export function hostileEnv(webUrl: string): Record<string, string> {
	return {
		DUCKDUCKGO_URL: `${webUrl}/ddg`,
		ENGINES: 'duckduckgo',
		EGRESS_ALLOWLIST: '127.0.0.1',
		SITE_TIMEOUT_MS: '3000',
		SEARCH_TIMEOUT_MS: '8000',
		CACHE_TTL_SECONDS: '0'
	};
}

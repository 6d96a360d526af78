// The request hook that refuses writes (POST and the like) a browser makes on behalf of another site: the
// app's one write sends a magnet to the operator's torrent client, which a foreign page must not trigger.
// It replaces SvelteKit's own form check, which compares Origin with an https:// origin that adapter-node
// assumes without PROTOCOL_HEADER, so it would refuse our own forms on a plain-http LAN address.
import { json, text } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { config } from '#lib/server/config.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether `origin` is this server's own. Behind a proxy that names the scheme (PROTOCOL_HEADER) the
 * request URL is exactly what the browser sees; without it node speaks plain http and a TLS proxy may be
 * in front, so either scheme on our own host (HOST_HEADER's, or Host) is ours.
 */
export function isOwnOrigin(origin: string, url: URL, protocolHeader = config.protocolHeader): boolean {
	if (protocolHeader) return origin === url.origin;
	const parsed = URL.parse(origin);
	if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return false;
	return parsed.host === url.host;
}

/**
 * Browsers mark every write with Origin, or, where the page's Referrer-Policy is no-referrer (ours), with
 * `Origin: null` and Sec-Fetch-Site; programs such as curl send neither and are not a forgery risk.
 */
export function foreignWrite(
	request: Request,
	url: URL,
	protocolHeader = config.protocolHeader
): string | null {
	if (SAFE_METHODS.has(request.method)) return null;
	const origin = request.headers.get('origin');
	if (origin !== null && origin !== 'null')
		return isOwnOrigin(origin, url, protocolHeader)
			? null
			: `requests from ${origin.slice(0, 100)} are refused: only this server's own pages may send` +
					(protocolHeader ? '' : ' (behind a reverse proxy, set PROTOCOL_HEADER and HOST_HEADER)');
	const site = request.headers.get('sec-fetch-site');
	if (site !== null) return site === 'same-origin' || site === 'none' ? null : `a ${site} request is refused`;
	return origin === 'null' ? 'a request from an unknown origin is refused' : null;
}

export const sameOriginWrites: Handle = ({ event, resolve }) => {
	const refusal = foreignWrite(event.request, event.url);
	if (refusal === null) return resolve(event);
	return event.url.pathname.startsWith('/api/')
		? json({ error: refusal }, { status: 403 })
		: text(refusal, { status: 403 });
};

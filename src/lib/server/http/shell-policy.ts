// The app shell's Content-Security-Policy names its inline start-up script by hash instead of by nonce.
// The service worker keeps that page and shows it again for days; a nonce is a per-answer secret, and one
// replayed from a cache would no longer be one. A hash allows exactly that script and nothing else, whoever
// reads the page, so the kept copy carries no secret at all. Every other page keeps SvelteKit's nonces.
import { createHash } from 'node:crypto';
import type { Handle } from '@sveltejs/kit/hooks';
import { SHELL_PATH } from '#lib/worker/worker-routes.ts';

/** The page with each nonce'd inline script allowed by its SHA-256 instead, and the nonce gone. */
export async function withHashedScripts(response: Response): Promise<Response> {
	const policy = response.headers.get('content-security-policy');
	const nonce = policy ? /'nonce-([^']+)'/.exec(policy)?.[1] : undefined;
	if (!policy || !nonce) return response;
	const hashes: string[] = [];
	const attribute = ` nonce="${nonce}"`;
	const html = (await response.text()).replaceAll(
		/<script([^>]*)>([\s\S]*?)<\/script>/g,
		(match, attributes: string, body: string) => {
			if (!attributes.includes(attribute)) return match;
			if (body) hashes.push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
			return `<script${attributes.replace(attribute, '')}>${body}</script>`;
		}
	);
	const headers = new Headers(response.headers);
	headers.set('content-security-policy', policy.replaceAll(`'nonce-${nonce}'`, hashes.join(' ')));
	headers.delete('content-length');
	return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

export const shellPolicy: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return event.url.pathname === SHELL_PATH ? withHashedScripts(response) : response;
};

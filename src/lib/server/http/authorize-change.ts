// The one answer to "may this request change things" (send a magnet, and saved searches): it comes from
// one of our own pages, is addressed to a host we answer to (DNS rebinding), and, when identities are
// configured, from a user the trusted proxy named and AUTH_USERS lists.
import type { IncomingMessage } from 'node:http';
import type { RequestEvent } from '@sveltejs/kit';
import { config } from '#lib/server/config.ts';
import { fail, ok, type Outcome } from '#lib/outcome.ts';
import { isAllowedHost, type HostPattern } from './allowed-hosts.ts';
import { namedUser, type IdentityPolicy } from './named-user.ts';
import { foreignWrite } from './same-origin.ts';

export interface ChangePolicy {
	protocolHeader: string | undefined;
	allowedHosts: HostPattern[] | null;
	originHost: string | null;
	identity: IdentityPolicy | null;
}

/** What the decision reads of a request: its method and headers, the URL adapter-node built, the peer. */
export interface ChangeRequest {
	request: Request;
	url: URL;
	/** The address of the connection itself (the proxy, behind one), or null when unknown. */
	peer: string | null;
}

/** The decision over plain values, so every rule can be tried without a server. */
export function decideChange(
	{ request, url, peer }: ChangeRequest,
	policy: ChangePolicy
): Outcome<{ user: string | null }, string> {
	const foreign = foreignWrite(request, url, policy.protocolHeader);
	if (foreign !== null) return fail(foreign);
	// url.host is the Host header, or HOST_HEADER's behind a proxy: the name the browser used. A rebinding
	// page's requests carry its own name there and a matching Origin, so only the name gives it away.
	if (!isAllowedHost(url.host, policy.allowedHosts, policy.originHost))
		return fail(
			`requests addressed to ${JSON.stringify(url.hostname.slice(0, 100))} may not change anything: ` +
				'add that name to ALLOWED_HOSTS if this server is reached by it'
		);
	if (!policy.identity) return ok({ user: null });
	const user = namedUser(request.headers, peer, policy.identity);
	return user.ok ? ok({ user: user.value }) : user;
}

export const changePolicy: ChangePolicy = {
	protocolHeader: config.protocolHeader,
	allowedHosts: config.allowedHosts,
	originHost: config.originHost,
	identity: config.identity
};

/** The connection's own address: adapter-node hands the Node request over as `platform.req`. */
function peerAddress(event: RequestEvent): string | null {
	const req = (event.platform as { req?: IncomingMessage } | undefined)?.req;
	return req?.socket?.remoteAddress ?? null;
}

/** May this request change things? Its user (null when no identity is configured), or the 403 message. */
export function authorizeChange(event: RequestEvent): Outcome<{ user: string | null }, string> {
	return decideChange({ request: event.request, url: event.url, peer: peerAddress(event) }, changePolicy);
}

// The address people reach this server at, for the absolute URLs that documents must carry (OpenSearch,
// the Stremio logo, Torznab links).
import { config } from '#lib/server/config.ts';

/**
 * adapter-node takes the scheme from PROTOCOL_HEADER when the operator set one (a TLS proxy in front, such
 * as Tailscale serve) and otherwise assumes https; but node itself only speaks plain http, so without that
 * header the address people use is http (podman run on a laptop, a LAN server).
 */
export function publicOrigin(url: URL): string {
	return config.protocolHeader ? url.origin : `http://${url.host}`;
}

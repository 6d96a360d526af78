// What every torrent client module offers: add one magnet, saying whether it was new to the client.
import type { Deadline } from './client-http.ts';

export interface AddOutcome {
	/** False when the client already had this torrent. */
	added: boolean;
}

export interface ClientProtocol {
	/** Adds the magnet (already validated; `infohash` is its v1 hash or v2 digest). Throws SendFailure. */
	add(magnet: string, infohash: string, by: Deadline): Promise<AddOutcome>;
}

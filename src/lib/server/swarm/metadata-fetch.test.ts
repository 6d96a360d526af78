// Metadata from a real peer on loopback (bittorrent-protocol + ut_metadata on both ends): kept only when
// its SHA-1 is the infohash, and never fetched from an address the policy refuses.
import ipaddr from 'ipaddr.js';
import fixtures from 'webtorrent-fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	loopbackTorrent,
	startCanary,
	startMetadataPeer,
	type Canary,
	type MetadataPeer
} from '#tests/swarm/loopback-swarm.ts';
import { fetchMetadata, newPeerId, type MetadataOptions } from './metadata-fetch.ts';

const numbers = loopbackTorrent(fixtures.numbers!.torrent);
const alice = loopbackTorrent(fixtures.alice!.torrent);
let honest: MetadataPeer;
let liar: MetadataPeer;
let canary: Canary;

const options = (overrides: Partial<MetadataOptions> = {}): MetadataOptions => ({
	allowlist: [ipaddr.parseCIDR('127.0.0.1/32')],
	signal: new AbortController().signal,
	timeoutMs: 5000,
	maxBytes: 1024 * 1024,
	peerId: newPeerId(),
	...overrides
});

beforeAll(async () => {
	honest = await startMetadataPeer(numbers.info);
	liar = await startMetadataPeer(alice.info);
	canary = await startCanary('127.0.0.2');
});

afterAll(async () => {
	await Promise.all([honest.close(), liar.close(), canary.close()]);
});

describe('metadata from a peer', () => {
	it('reads name, size and files of a multi-file torrent, the name first in each path', async () => {
		const outcome = await fetchMetadata(
			{ address: '127.0.0.1', port: honest.port },
			numbers.infohash,
			options()
		);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.value.name).toBe('numbers');
		expect(outcome.value.size).toBe(numbers.size);
		expect(outcome.value.files.map((file) => ({ path: file.path, size: file.length }))).toEqual(
			numbers.files
		);
		expect(outcome.value.files[0]?.path).toMatch(/^numbers\//);
	});

	it('rejects metadata whose SHA-1 is not the infohash', async () => {
		const outcome = await fetchMetadata(
			{ address: '127.0.0.1', port: liar.port },
			numbers.infohash,
			options()
		);
		// ut_metadata checks the hash itself (index.js setMetadata), asks again, then gives up on the peer.
		expect(outcome).toEqual({ ok: false, error: 'Peer sent invalid metadata' });
		expect(liar.connections).toBeGreaterThan(0);
	});

	it('drops a peer that sends more than its byte budget', async () => {
		const outcome = await fetchMetadata(
			{ address: '127.0.0.1', port: honest.port },
			numbers.infohash,
			options({ maxBytes: 100 })
		);
		expect(outcome).toEqual({ ok: false, error: 'peer sent too much' });
	});

	it('never connects to a refused address, in any spelling', async () => {
		for (const address of ['127.0.0.2', '::ffff:127.0.0.2', '::ffff:7f00:2', 'localhost', '0x7f.0.0.2']) {
			const outcome = await fetchMetadata({ address, port: canary.port }, numbers.infohash, options());
			expect(outcome).toMatchObject({ ok: false });
		}
		expect(canary.hits).toBe(0);
	});

	it('gives up when the search is aborted', async () => {
		const controller = new AbortController();
		controller.abort();
		const outcome = await fetchMetadata(
			{ address: '127.0.0.1', port: honest.port },
			numbers.infohash,
			options({ signal: controller.signal })
		);
		expect(outcome).toEqual({ ok: false, error: 'aborted' });
	});
});

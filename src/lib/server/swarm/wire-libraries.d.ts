// Types for the WebTorrent wire packages, which ship JavaScript only: the parts the metadata fetch uses.

declare module 'bittorrent-protocol' {
	import { Duplex } from 'node:stream';
	import type { EventEmitter } from 'node:events';

	interface Extension extends EventEmitter {
		metadata?: Uint8Array;
		fetch(): void;
		cancel(): void;
	}
	type ExtensionClass = new (wire: Wire) => Extension;

	export default class Wire extends Duplex {
		constructor(type?: string);
		peerExtensions: { extended?: boolean };
		ut_metadata?: Extension;
		use(extension: ExtensionClass): void;
		handshake(infoHash: string | Uint8Array, peerId: string | Uint8Array, extensions?: object): void;
		destroy(): this;
	}
}

declare module 'ut_metadata' {
	import type Wire from 'bittorrent-protocol';
	export default function utMetadata(
		metadata?: Uint8Array
	): new (wire: Wire) => NonNullable<Wire['ut_metadata']>;
}

// Types for bittorrent-tracker's server, which ships JavaScript only: what the loopback swarm uses.
declare module 'bittorrent-tracker' {
	import type { EventEmitter } from 'node:events';
	import type { Server as HttpServer } from 'node:http';
	import type { Socket } from 'node:dgram';

	export class Server extends EventEmitter {
		constructor(options: {
			udp?: boolean;
			http?: boolean;
			ws?: boolean;
			stats?: boolean;
			trustProxy?: boolean;
		});
		http: HttpServer;
		udp4: Socket;
		listen(port: number | { http: number; udp: number }, hostname?: string | Record<string, string>): void;
		close(callback?: () => void): void;
	}
}

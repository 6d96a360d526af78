// A server that must never be reached: it counts every TCP connection made to it (not only requests, so
// a refused handshake or a half-sent request is caught too) and answers nothing useful.
import { createServer, type Server, type Socket } from 'node:net';

export interface Canary {
	host: string;
	port: number;
	connections: () => number;
	close(): Promise<void>;
}

export async function startCanary(host: string, port = 0): Promise<Canary> {
	let connections = 0;
	const sockets = new Set<Socket>();
	const server: Server = createServer((socket) => {
		connections++;
		sockets.add(socket);
		socket.on('error', () => undefined);
		socket.on('close', () => sockets.delete(socket));
		socket.end('HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: 7\r\n\r\ncanary!');
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, resolve);
	});
	const address = server.address() as { port: number };
	return {
		host,
		port: address.port,
		connections: () => connections,
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			})
	};
}

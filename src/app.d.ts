// Types SvelteKit shares across the app.
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quote it when reporting a problem: it finds the request in the server's log. */
			requestId?: string;
		}
	}
}

export {};

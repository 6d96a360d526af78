// Types SvelteKit shares across the app.
declare global {
	namespace App {
		interface Error {
			message: string;
			/** Quote it when reporting a problem: it finds the request in the server's log. */
			requestId?: string;
		}
		interface Locals {
			/** Short id of this request, in its log line and its `x-request-id` header. */
			requestId: string;
		}
	}
}

export {};

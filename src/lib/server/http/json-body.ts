// The JSON body of a request that changes things (a send, a saved search), read once: its value, or the 400
// message that shows the client what the body should have been.
import { fail, ok, type Parsed } from '#lib/outcome.ts';

/** `usage` is an example body, quoted in the message when the body is not JSON at all. */
export async function readJsonBody(request: Request, usage: string): Promise<Parsed<unknown>> {
	try {
		return ok(await request.json());
	} catch {
		return fail(`the body must be JSON: ${usage}`);
	}
}

// The one zod the app speaks, on the server and in the browser: zod/mini (a fraction of full zod's weight in
// the page, and fewer modules to load in a freshly woken server), set up once for both.
import * as z from 'zod/mini';

// zod/mini loads no language for its own messages ("Invalid input" alone): English, as every message we
// write ourselves is. Parsers are interpreted, never compiled: the page's CSP forbids eval (a compiled fast
// path would be refused and reported there), and compiling costs a woken server more than it saves.
z.config({ ...z.locales.en(), jitless: true });

export { z };

/** Inside a transform: records why the value is refused, as the parse's message; return what it returns. */
export function refuse(ctx: z.core.ParsePayload, message: string): never {
	ctx.issues.push({ code: 'custom', message, input: ctx.value });
	return z.NEVER;
}

// Reading untrusted JSON text into a known shape, for anything the server fetched (engines, services).
import * as z from 'zod/mini';

/** Parses text as JSON of the given shape (zod or zod/mini); null when it is not JSON or not that shape. */
export function readJson<Schema extends z.core.$ZodType>(
	text: string,
	schema: Schema
): z.core.output<Schema> | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	const parsed = z.safeParse(schema, value);
	return parsed.success ? parsed.data : null;
}

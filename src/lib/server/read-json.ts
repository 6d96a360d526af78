// Reading untrusted JSON text into a known shape, for anything the server fetched (engines, services).
import type { z } from 'zod';

/** Parses text as JSON of the given shape; null when it is not JSON or not that shape. */
export function readJson<Schema extends z.ZodType>(text: string, schema: Schema): z.output<Schema> | null {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	const parsed = schema.safeParse(value);
	return parsed.success ? parsed.data : null;
}

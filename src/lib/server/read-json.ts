// Reading untrusted JSON text into a known shape, for anything the server fetched (engines, services).
import { z } from '#lib/zod.ts';

/** Parses text as JSON of the given shape; null when it is not JSON or not that shape. */
export function readJson<Schema extends z.core.$ZodType>(
	text: string,
	schema: Schema
): z.core.output<Schema> | null {
	let value: unknown;
	try {
		// A lone surrogate ("\\ud800") is valid JSON but no well-formed text: it would make encodeURIComponent
		// and every writer downstream throw, so it becomes U+FFFD here, where remote JSON enters.
		value = JSON.parse(text, (_key, item: unknown) =>
			typeof item === 'string' ? item.toWellFormed() : item
		);
	} catch {
		return null;
	}
	const parsed = z.safeParse(schema, value);
	return parsed.success ? parsed.data : null;
}

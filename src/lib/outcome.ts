// The one shape of an answer that may fail: its value, or an error saying why. Used wherever the caller
// must go on without the answer (a fetch, a page, a parameter): failures are values, not exceptions.

export type Outcome<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Something read from a request: its value, or a message that tells the client what was wrong. */
export type Parsed<T> = Outcome<T, string>;

export function ok<T>(value: T): { ok: true; value: T } {
	return { ok: true, value };
}

export function fail<E>(error: E): { ok: false; error: E } {
	return { ok: false, error };
}

// The per-client search rate limit: a token bucket per client, refilled by arithmetic when the client
// comes back (no timer may keep a socket-activated process alive), in a map of bounded size.
import ipaddr from 'ipaddr.js';
import { fail, ok, type Outcome } from '#lib/outcome.ts';

/** Whether a client may search now; if not, when it may again. */
export type RateDecision = Outcome<null, { retryAfterSeconds: number }>;

interface Bucket {
	tokens: number;
	at: number;
}

/**
 * The key a client is counted under: its IPv4 address, or the /64 an IPv6 address belongs to (one
 * subscriber usually holds a whole /64, and counting each of its addresses apart would be no limit).
 */
export function clientKey(address: string): string {
	const text = address.trim();
	if (!ipaddr.isValid(text)) return text.slice(0, 64) || 'unknown';
	let parsed = ipaddr.parse(text);
	if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
		parsed = (parsed as ipaddr.IPv6).toIPv4Address();
	if (parsed.kind() === 'ipv4') return parsed.toString();
	const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
	return `${parts.map((part) => part.toString(16)).join(':')}::/64`;
}

/**
 * Allows `perMinute` searches per client per minute on average, with bursts up to `perMinute`. When
 * `maxClients` are tracked, the one seen least recently is forgotten: memory stays bounded, at the price
 * that a crowd of fresh addresses can make the limiter forget an old one.
 */
export class ClientRateLimit {
	readonly #buckets = new Map<string, Bucket>();
	readonly #perMs: number;

	constructor(
		readonly perMinute: number,
		readonly maxClients: number,
		readonly now: () => number = Date.now
	) {
		this.#perMs = perMinute / 60_000;
	}

	get trackedClients(): number {
		return this.#buckets.size;
	}

	#current(key: string): Bucket {
		const at = this.now();
		const known = this.#buckets.get(key);
		if (!known) return { tokens: this.perMinute, at };
		return { tokens: Math.min(this.perMinute, known.tokens + (at - known.at) * this.#perMs), at };
	}

	#decide(bucket: Bucket): RateDecision {
		if (bucket.tokens >= 1) return ok(null);
		return fail({ retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000)) });
	}

	/** Counts one search for the client, unless it is over its limit. */
	take(key: string): RateDecision {
		const bucket = this.#current(key);
		const decision = this.#decide(bucket);
		if (decision.ok) bucket.tokens -= 1;
		// Re-inserted so the map's order is least recently seen first.
		this.#buckets.delete(key);
		this.#buckets.set(key, bucket);
		if (this.#buckets.size > this.maxClients)
			this.#buckets.delete(this.#buckets.keys().next().value as string);
		return decision;
	}

	/** Whether the client could start a search now, without counting one. */
	peek(key: string): RateDecision {
		return this.#decide(this.#current(key));
	}
}

/** A cap on searches running at once; a slot is released exactly once. */
export class SearchSlots {
	#active = 0;

	constructor(readonly max: number) {}

	get active(): number {
		return this.#active;
	}

	/** A release function for the slot taken, or null when every slot is busy. */
	tryAcquire(): (() => void) | null {
		if (this.max > 0 && this.#active >= this.max) return null;
		this.#active++;
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.#active--;
		};
	}
}

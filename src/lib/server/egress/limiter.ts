// A counting semaphore: bounds how many untrusted fetches are in flight at once across every origin.

/** Runs tasks with at most `size` at a time; waiters leave the queue when their signal aborts. */
export class Limiter {
	#active = 0;
	readonly #waiting: (() => void)[] = [];

	/** `onIdle` runs whenever the last task ends with nobody waiting (for dropping idle limiters). */
	constructor(
		readonly size: number,
		private readonly onIdle?: () => void
	) {}

	get active(): number {
		return this.#active;
	}

	async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
		await this.#acquire(signal);
		try {
			return await task();
		} finally {
			this.#release();
		}
	}

	#acquire(signal?: AbortSignal): Promise<void> {
		signal?.throwIfAborted();
		if (this.#active < this.size) {
			this.#active++;
			return Promise.resolve();
		}
		return new Promise((resolve, reject) => {
			const grant = () => {
				signal?.removeEventListener('abort', leave);
				this.#active++;
				resolve();
			};
			const leave = () => {
				const at = this.#waiting.indexOf(grant);
				if (at !== -1) this.#waiting.splice(at, 1);
				reject(signal?.reason);
			};
			this.#waiting.push(grant);
			signal?.addEventListener('abort', leave, { once: true });
		});
	}

	#release(): void {
		this.#active--;
		this.#waiting.shift()?.();
		if (this.#active === 0 && this.#waiting.length === 0) this.onIdle?.();
	}
}

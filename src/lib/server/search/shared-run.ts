// One producer of events read by any number of readers, each from the first event: how a second ask for
// a search that is running joins it instead of asking every engine again. The producer is stopped (its
// signal aborted) when its last reader leaves before the end.
export interface SharedRunOptions<T> {
	/** Events with the same key supersede each other: only the latest is kept for readers still to come. */
	keyOf(event: T): string | null;
	/** Called when the producer has ended, however it ended. */
	ended(): void;
}

export class SharedRun<T> {
	/** What a reader joining now reads; a superseded event is left as a hole, so indexes stay put. */
	readonly #events: (T | undefined)[] = [];
	readonly #latest = new Map<string, number>();
	#wake: (() => void)[] = [];
	#ended = false;
	#readers = 0;
	readonly #controller = new AbortController();

	/** Whether a new reader may still join: the producer runs and has not been stopped. */
	get joinable(): boolean {
		return !this.#ended && !this.#controller.signal.aborted;
	}

	/** Starts `produce` at once. */
	constructor(
		produce: (signal: AbortSignal) => AsyncIterable<T>,
		readonly options: SharedRunOptions<T>
	) {
		void this.#pump(produce(this.#controller.signal));
	}

	async #pump(events: AsyncIterable<T>): Promise<void> {
		try {
			for await (const event of events) this.#keep(event);
		} finally {
			this.#ended = true;
			this.#wakeReaders();
			this.options.ended();
		}
	}

	#keep(event: T): void {
		const key = this.options.keyOf(event);
		if (key !== null) {
			const earlier = this.#latest.get(key);
			if (earlier !== undefined) this.#events[earlier] = undefined;
			this.#latest.set(key, this.#events.length);
		}
		this.#events.push(event);
		this.#wakeReaders();
	}

	#wakeReaders(): void {
		const wake = this.#wake;
		this.#wake = [];
		for (const resolve of wake) resolve();
	}

	/** Every event from the first, then each as it comes, until the producer ends or `signal` aborts. */
	async *read(signal?: AbortSignal): AsyncGenerator<T> {
		this.#readers++;
		let left = false;
		const leave = () => {
			if (left) return;
			left = true;
			if (--this.#readers === 0 && !this.#ended) this.#controller.abort();
			this.#wakeReaders();
		};
		signal?.addEventListener('abort', leave, { once: true });
		// A client gone before its first read: it reads nothing, and counts as gone.
		if (signal?.aborted) leave();
		try {
			for (let next = 0; !left;) {
				if (next < this.#events.length) {
					const event = this.#events[next++];
					if (event !== undefined) yield event;
				} else if (this.#ended) return;
				else await new Promise<void>((resolve) => this.#wake.push(resolve));
			}
		} finally {
			signal?.removeEventListener('abort', leave);
			leave();
		}
	}
}

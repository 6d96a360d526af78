// One producer of events read by any number of readers, each from the first event: how a second ask for
// a search that is running joins it instead of asking every engine again. The producer is stopped (its
// signal aborted) when its last reader leaves before the end.
export class SharedRun<T> {
	readonly #events: T[] = [];
	#wake: (() => void)[] = [];
	#ended = false;
	#readers = 0;
	readonly #controller = new AbortController();

	/** Whether a new reader may still join: the producer runs and has not been stopped. */
	get joinable(): boolean {
		return !this.#ended && !this.#controller.signal.aborted;
	}

	/** Starts `produce` at once; `ended` is called when it has ended, however it ended. */
	constructor(produce: (signal: AbortSignal) => AsyncIterable<T>, ended: () => void) {
		void this.#pump(produce(this.#controller.signal), ended);
	}

	async #pump(events: AsyncIterable<T>, ended: () => void): Promise<void> {
		try {
			for await (const event of events) {
				this.#events.push(event);
				this.#wakeReaders();
			}
		} finally {
			this.#ended = true;
			this.#wakeReaders();
			ended();
		}
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
		try {
			for (let next = 0; !left;) {
				if (next < this.#events.length) yield this.#events[next++] as T;
				else if (this.#ended) return;
				else await new Promise<void>((resolve) => this.#wake.push(resolve));
			}
		} finally {
			signal?.removeEventListener('abort', leave);
			leave();
		}
	}
}

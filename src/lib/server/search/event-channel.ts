// A queue that producers push into and one consumer iterates: how concurrent engine and page tasks
// become the single ordered stream of search events.
export class EventChannel<T> implements AsyncIterable<T> {
	#buffer: T[] = [];
	#waiting: ((result: IteratorResult<T>) => void) | null = null;
	#closed = false;

	push(item: T): void {
		if (this.#closed) return;
		if (this.#waiting) {
			const wake = this.#waiting;
			this.#waiting = null;
			wake({ value: item, done: false });
		} else {
			this.#buffer.push(item);
		}
	}

	close(): void {
		this.#closed = true;
		if (this.#waiting) {
			const wake = this.#waiting;
			this.#waiting = null;
			wake({ value: undefined, done: true });
		}
	}

	async *[Symbol.asyncIterator](): AsyncGenerator<T> {
		while (true) {
			if (this.#buffer.length > 0) {
				yield this.#buffer.shift() as T;
				continue;
			}
			if (this.#closed) return;
			const next = await new Promise<IteratorResult<T>>((resolve) => (this.#waiting = resolve));
			if (next.done) return;
			yield next.value;
		}
	}
}

// The id of the request being answered, for the lines logged while answering it. Held here rather than read
// through `$app/server`, whose remote-functions runtime (54 KB) a woken process would otherwise compile
// before sending its first search's engine requests.
import { AsyncLocalStorage } from 'node:async_hooks';

const requestIds = new AsyncLocalStorage<string>();

/** Runs `answer` as request `id`: what it starts, a search's generator included, reads that id. */
export function answeringRequest<T>(id: string, answer: () => T): T {
	return requestIds.run(id, answer);
}

/** The id of the request being answered, or '-' outside one. */
export function currentRequestId(): string {
	return requestIds.getStore() ?? '-';
}

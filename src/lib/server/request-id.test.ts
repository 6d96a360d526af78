import { describe, expect, it } from 'vitest';
import { answeringRequest, currentRequestId } from './request-id.ts';

describe('the request id', () => {
	it('is the answering request’s in what it starts, later turns included, and "-" outside', async () => {
		expect(currentRequestId()).toBe('-');
		async function* later() {
			await new Promise((resolve) => setImmediate(resolve));
			yield currentRequestId();
		}
		const [a, b] = await Promise.all([
			answeringRequest('a1', async () => (await later().next()).value),
			answeringRequest('b2', async () => (await later().next()).value)
		]);
		expect([a, b]).toEqual(['a1', 'b2']);
		expect(currentRequestId()).toBe('-');
	});
});

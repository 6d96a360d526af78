// Reading a change request's JSON body: any JSON passes on to its parser; anything else is refused with an example.
import { describe, expect, it } from 'vitest';
import { readJsonBody } from './json-body.ts';

const USAGE = '{"name": "…"}';
const post = (body: string) => new Request('http://127.0.0.1:3000/api/saved', { method: 'POST', body });

describe('readJsonBody', () => {
	it('gives any JSON value, object or not: what it must hold is for the parser after it', async () => {
		expect(await readJsonBody(post('{"name": "Silo"}'), USAGE)).toEqual({
			ok: true,
			value: { name: 'Silo' }
		});
		expect(await readJsonBody(post('null'), USAGE)).toEqual({ ok: true, value: null });
	});

	it('refuses a body that is not JSON, or none, with the example of a good one', async () => {
		const refused = { ok: false, error: `the body must be JSON: ${USAGE}` };
		expect(await readJsonBody(post('name=Silo'), USAGE)).toEqual(refused);
		expect(await readJsonBody(post(''), USAGE)).toEqual(refused);
	});
});

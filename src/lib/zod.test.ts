// The one zod: its own messages are English sentences, and refuse() gives a transform's reason as the message.
import { describe, expect, it } from 'vitest';
import { refuse, z } from './zod.ts';

describe('zod', () => {
	it('says in English what is wrong where a schema has no message of its own', () => {
		const body = z.object({ magnet: z.string(), tags: z.array(z.string()).check(z.maxLength(1)) });
		const parsed = body.safeParse({ magnet: 7, tags: ['a', 'b'] });
		expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
			'Invalid input: expected string, received number',
			'Too big: expected array to have <=1 items'
		]);
	});

	it('gives the reason a transform refused a value', () => {
		const even = z.pipe(
			z.number(),
			z.transform((value: number, ctx) => (value % 2 === 0 ? value : refuse(ctx, `${value} is odd`)))
		);
		expect(even.safeParse(4)).toEqual({ success: true, data: 4 });
		expect(even.safeParse(3).error?.issues).toMatchObject([{ code: 'custom', message: '3 is odd' }]);
	});
});

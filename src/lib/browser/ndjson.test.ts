// NDJSON reading across arbitrary chunk boundaries, including multi-byte characters split in two, and the
// lines of one chunk handed over together.
import { describe, expect, it } from 'vitest';
import { readNdjsonBatches } from './ndjson.ts';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(chunk);
			controller.close();
		}
	});
}

async function batches(stream: ReadableStream<Uint8Array>): Promise<unknown[][]> {
	const read: unknown[][] = [];
	for await (const batch of readNdjsonBatches(stream)) read.push(batch);
	return read;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('readNdjsonBatches', () => {
	it('yields one value per line however the bytes are cut', async () => {
		const bytes = encode('{"a":1}\n{"name":"ação"}\n\n{"b":2}');
		const chunks = [...bytes].map((byte) => Uint8Array.of(byte));
		expect((await batches(streamOf(chunks))).flat()).toEqual([{ a: 1 }, { name: 'ação' }, { b: 2 }]);
	});
	it('hands over every complete line of a chunk together, keeping a cut line for the next', async () => {
		const chunks = ['{"a":1}\n{"a":2}\n{"a"', ':3}\n', '{"a":4}\n{"a":5}\n{"a":6}\n'].map(encode);
		expect(await batches(streamOf(chunks))).toEqual([
			[{ a: 1 }, { a: 2 }],
			[{ a: 3 }],
			[{ a: 4 }, { a: 5 }, { a: 6 }]
		]);
	});
	it('fails loudly on a line that is not JSON', async () => {
		await expect(batches(streamOf([encode('{"a":1}\nnope\n')]))).rejects.toThrow();
	});
});

// NDJSON reading across arbitrary chunk boundaries, including multi-byte characters split in two.
import { describe, expect, it } from 'vitest';
import { readNdjson } from './ndjson.ts';

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
	return new ReadableStream({
		start(controller) {
			for (const chunk of chunks) controller.enqueue(chunk);
			controller.close();
		}
	});
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<unknown[]> {
	const items: unknown[] = [];
	for await (const item of readNdjson(stream)) items.push(item);
	return items;
}

describe('readNdjson', () => {
	it('yields one value per line however the bytes are cut', async () => {
		const bytes = new TextEncoder().encode('{"a":1}\n{"name":"ação"}\n\n{"b":2}');
		const chunks = [...bytes].map((byte) => Uint8Array.of(byte));
		expect(await collect(streamOf(chunks))).toEqual([{ a: 1 }, { name: 'ação' }, { b: 2 }]);
	});
	it('fails loudly on a line that is not JSON', async () => {
		await expect(collect(streamOf([new TextEncoder().encode('{"a":1}\nnope\n')]))).rejects.toThrow();
	});
});

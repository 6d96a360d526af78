// undici's inner modules, loaded by path: an upgrade that moves or renames one must fail here, not in use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Agent, buildConnector, loadHttpParser, request } from './undici-parts.ts';

const require = createRequire(import.meta.url);
const PARSER = 'undici/lib/llhttp/llhttp_simd-wasm.js';

describe('undici parts', () => {
	it('finds the Agent, the connector and request where egress loads them', () => {
		expect(typeof Agent).toBe('function');
		expect(typeof buildConnector).toBe('function');
		expect(typeof request).toBe('function');
	});

	it('reads ahead the very parser module undici compiles on its first connection', () => {
		// undici's HTTP/1 client loads its parser from this file (lib/dispatcher/client-h1.js, lazyllhttp).
		const client = readFileSync(require.resolve('undici/lib/dispatcher/client-h1.js'), 'utf8');
		expect(client).toContain("require('../llhttp/llhttp_simd-wasm.js')");
		loadHttpParser();
		expect(require.cache[require.resolve(PARSER)]).toBeDefined();
	});
});

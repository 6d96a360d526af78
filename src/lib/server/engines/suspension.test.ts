// Suspension: blocked engines are left out for a while, by kind, and come back by themselves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '#lib/server/state/sqlite-store.ts';
import { useStateStore } from '#lib/server/state/state.ts';
import { liftSuspension, suspend, suspendedUntil, SUSPENSION_MS } from './suspension.ts';

const now = Date.UTC(2026, 10, 24, 9, 0);
let dir: string;

beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'cf-torrent-suspension-'));
	await useStateStore(new SqliteStore(dir));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('suspension', () => {
	it('leaves an engine out until its time is up, then lets it back', async () => {
		const until = await suspend('duckduckgo', 'captcha', now);
		expect(until).toBe(now + SUSPENSION_MS.captcha);
		expect(await suspendedUntil('duckduckgo', now + 1)).toBe(until);
		expect(await suspendedUntil('duckduckgo', until - 1)).toBe(until);
		expect(await suspendedUntil('duckduckgo', until)).toBeNull();
	});

	it('suspends a captcha or a denial longer than a rate limit', async () => {
		expect(SUSPENSION_MS.captcha).toBeGreaterThan(SUSPENSION_MS['rate-limit']);
		expect(SUSPENSION_MS.denied).toBeGreaterThan(SUSPENSION_MS['rate-limit']);
		expect(await suspend('brave', 'rate-limit', now)).toBe(now + 10 * 60_000);
	});

	it('keeps the longer suspension when a shorter one follows', async () => {
		const long = await suspend('google', 'captcha', now);
		expect(await suspend('google', 'rate-limit', now + 1000)).toBe(long);
	});

	it('touches only the engine suspended, and can be lifted', async () => {
		await suspend('bing', 'denied', now);
		expect(await suspendedUntil('mojeek', now)).toBeNull();
		await liftSuspension('bing');
		expect(await suspendedUntil('bing', now)).toBeNull();
	});

	it('reads the real clock by default, and outlives the process that suspended', async () => {
		const until = await suspend('nyaa', 'rate-limit');
		expect(until).toBeGreaterThan(Date.now());
		// What the next process opens: the same directory, a new store.
		await useStateStore(new SqliteStore(dir));
		expect(await suspendedUntil('nyaa')).toBe(until);
	});
});

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_AFTER_MS, searchRunning, settleCount } from './memory-settle.ts';

const MODULE = fileURLToPath(new URL('./memory-settle.ts', import.meta.url));

/** Runs a module script in a fresh Node (its own heap, its own timers) and hands back what it printed. */
function runNode(script: string): string {
	return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
		encoding: 'utf8',
		timeout: 30_000
	});
}

describe('memory settles', () => {
	afterEach(() => vi.useRealTimers());

	it('once, after the last of several searches has ended, and never while one runs', () => {
		vi.useFakeTimers();
		const before = settleCount();
		const first = searchRunning();
		const second = searchRunning();
		first();
		vi.advanceTimersByTime(SETTLE_AFTER_MS * 2);
		expect(settleCount()).toBe(before);
		second();
		second(); // ending twice counts once
		vi.advanceTimersByTime(SETTLE_AFTER_MS - 1);
		expect(settleCount()).toBe(before);
		vi.advanceTimersByTime(1);
		expect(settleCount()).toBe(before + 1);
	});

	it('not when the next search starts before the process was quiet long enough', () => {
		vi.useFakeTimers();
		const before = settleCount();
		searchRunning()();
		vi.advanceTimersByTime(SETTLE_AFTER_MS / 2);
		const next = searchRunning();
		vi.advanceTimersByTime(SETTLE_AFTER_MS * 2);
		expect(settleCount()).toBe(before);
		next();
		vi.advanceTimersByTime(SETTLE_AFTER_MS);
		expect(settleCount()).toBe(before + 1);
	});

	it('hands the pages of a heap that grew back to the system', () => {
		// A heap grown to ~100 MiB of garbage keeps its pages after an ordinary collection; once memory has
		// settled, the process's private memory is back near where it started.
		const printed = runNode(`
			import { readFileSync } from 'node:fs';
			import { searchRunning, settleCount } from ${JSON.stringify(MODULE)};
			const privateMiB = () => Number(/RssAnon:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
			const start = privateMiB();
			const ended = searchRunning();
			let garbage = [];
			for (let i = 0; i < 600000; i++) garbage.push({ i, text: 'x' + i, list: [i] });
			garbage = null;
			const grown = privateMiB();
			ended();
			while (settleCount() === 0) await new Promise((resolve) => setTimeout(resolve, 50));
			console.log(JSON.stringify({ start, grown, settled: privateMiB() }));
		`);
		const { start, grown, settled } = JSON.parse(printed) as {
			start: number;
			grown: number;
			settled: number;
		};
		expect(grown - start).toBeGreaterThan(50);
		expect(settled - start).toBeLessThan((grown - start) / 4);
	});

	it('never keeps a process alive: one that ends its search exits without waiting to settle', () => {
		const printed = runNode(`
			import { searchRunning, settleCount } from ${JSON.stringify(MODULE)};
			process.on('exit', () => console.log('settled before exit: ' + settleCount()));
			searchRunning()();
		`);
		expect(printed.trim()).toBe('settled before exit: 0');
	});
});

// Sums every suite that scripts/test ran into one closing line: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

// Lint, type check and build count as one test each; the runners' own counts are read from their JSON.
for (const line of readFileSync('.cache/test-summary/steps.txt', 'utf8').trim().split('\n')) {
	const [name, outcome] = line.split(' ');
	if (name === 'unit' || name === 'e2e') {
		if (outcome === 'failed' && !existsSync(`.cache/test-summary/${name}.json`)) failed++;
		continue;
	}
	if (outcome === 'ok') passed++;
	else failed++;
	if (outcome !== 'ok') console.log(`${name} failed`);
}

if (existsSync('.cache/test-summary/unit.json')) {
	const unit = JSON.parse(readFileSync('.cache/test-summary/unit.json', 'utf8'));
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unit.success || unit.numFailedTests > 0 ? 0 : 1);
	skipped += unit.numPendingTests + unit.numTodoTests;
}
if (existsSync('.cache/test-summary/e2e.json')) {
	const { stats, errors } = JSON.parse(readFileSync('.cache/test-summary/e2e.json', 'utf8'));
	passed += stats.expected + stats.flaky;
	failed += stats.unexpected + (errors?.length ?? 0);
	skipped += stats.skipped;
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

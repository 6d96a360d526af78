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

// Every skipped test is named, so a skip is never silent: the count alone would hide which checks did not run.
const skippedNames: string[] = [];

interface VitestFile {
	name: string;
	assertionResults: { status: string; fullName: string }[];
}
if (existsSync('.cache/test-summary/unit.json')) {
	const unit = JSON.parse(readFileSync('.cache/test-summary/unit.json', 'utf8'));
	passed += unit.numPassedTests;
	failed += unit.numFailedTests + (unit.success || unit.numFailedTests > 0 ? 0 : 1);
	skipped += unit.numPendingTests + unit.numTodoTests;
	for (const file of unit.testResults as VitestFile[])
		for (const test of file.assertionResults)
			if (['skipped', 'pending', 'todo'].includes(test.status))
				skippedNames.push(`${file.name.replace(`${process.cwd()}/`, '')} > ${test.fullName}`);
}

interface PlaywrightSuite {
	title: string;
	suites?: PlaywrightSuite[];
	specs?: {
		title: string;
		tests: { status: string; annotations: { type: string; description?: string }[] }[];
	}[];
}
function skippedSpecs(suite: PlaywrightSuite, path: string[]): void {
	for (const spec of suite.specs ?? [])
		for (const test of spec.tests)
			if (test.status === 'skipped') {
				const why = test.annotations.find((note) => note.type === 'skip')?.description;
				skippedNames.push(`${[...path, spec.title].join(' > ')}${why ? ` (${why})` : ''}`);
			}
	for (const child of suite.suites ?? []) skippedSpecs(child, [...path, child.title]);
}
if (existsSync('.cache/test-summary/e2e.json')) {
	const { stats, errors, suites } = JSON.parse(readFileSync('.cache/test-summary/e2e.json', 'utf8'));
	// A test that passed only on a retry failed once: it is not counted as passed.
	passed += stats.expected;
	failed += stats.unexpected + stats.flaky + (errors?.length ?? 0);
	skipped += stats.skipped;
	for (const suite of (suites ?? []) as PlaywrightSuite[]) skippedSpecs(suite, [suite.title]);
}

for (const name of skippedNames) console.log(`skipped: ${name}`);

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

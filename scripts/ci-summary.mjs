// The closing count line of .ci/run: `node scripts/ci-summary.mjs REPORT.json EXIT_STATUS`.
// Prints an explanation line when needed, then `N passed, N failed, N skipped` alone on the last line,
// the plain form CI readers understand. It never says "0 failed" for a run that failed: no report
// (the build or the runner failed first) or a failure outside the tests (a file that does not load,
// a crashed worker) counts as one failure. Plain JavaScript: it must run even when the build fails.
import { existsSync, readFileSync } from 'node:fs';

const [file = 'test-artifacts/vitest.json', statusText = '1'] = process.argv.slice(2);
const status = Number(statusText);

function report() {
  if (!existsSync(file)) return { note: 'the test run produced no report: the build or the test runner failed', passed: 0, failed: 1, skipped: 0 };
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    const counted = { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0, skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0) };
    if (status !== 0 && counted.failed === 0) return { ...counted, failed: 1, note: `the run failed outside the tests (exit status ${status}): see above` };
    return { ...counted, note: null };
  } catch (error) {
    return { note: `the test report ${file} could not be read: ${error instanceof Error ? error.message : String(error)}`, passed: 0, failed: 1, skipped: 0 };
  }
}

const { note, passed, failed, skipped } = report();
if (note) console.log(`Note: ${note}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);

import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SCRIPT = path.resolve('scripts/ci-summary.mjs');

async function summary(report: object | string | null, status: number): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pi-ci-summary-'));
  const file = path.join(dir, 'vitest.json');
  if (report !== null) await writeFile(file, typeof report === 'string' ? report : JSON.stringify(report));
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, file, String(status)]);
  return stdout.trimEnd().split('\n');
}

describe('.ci/run closing line (scripts/ci-summary.mjs)', () => {
  const counts = { numPassedTests: 10, numFailedTests: 0, numPendingTests: 1, numTodoTests: 1 };

  it('ends every run with "N passed, N failed, N skipped" alone on the last line', async () => {
    expect(await summary(counts, 0)).toEqual(['10 passed, 0 failed, 2 skipped']);
    expect(await summary({ ...counts, numFailedTests: 3 }, 1)).toEqual(['10 passed, 3 failed, 2 skipped']);
  });

  it('never reports "0 failed" for a failed run', async () => {
    expect(await summary(null, 2)).toEqual(['Note: the test run produced no report: the build or the test runner failed', '0 passed, 1 failed, 0 skipped']);
    expect(await summary(counts, 1)).toEqual(['Note: the run failed outside the tests (exit status 1): see above', '10 passed, 1 failed, 2 skipped']);
    const [note, last] = await summary('{"numPassed', 1);
    expect(note).toMatch(/^Note: the test report .* could not be read/);
    expect(last).toBe('0 passed, 1 failed, 0 skipped');
  });
});

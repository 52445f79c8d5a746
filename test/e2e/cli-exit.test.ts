import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

it('--version, a usage error and an unknown case: statuses 0, 2 and 1 as documented', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-cli-exit-'));
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  const version = await runCli(['--version'], { DATA_DIR: dataDir });
  expect(version).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  const usage = await runCli(['list', '--passed-over', 'soon'], { DATA_DIR: dataDir });
  expect(usage.code).toBe(2);
  expect(usage.stderr).toMatch(/--passed-over takes a number of days/);
  const unknownOption = await runCli(['list', '--colour'], { DATA_DIR: dataDir });
  expect(unknownOption.code).toBe(2);
  expect(unknownOption.stderr).toMatch(/unknown option '--colour'/);
  const missing = await runCli(['show', 'PR-2026-9999'], { DATA_DIR: dataDir });
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(/NOT_FOUND: no case PR-2026-9999/);
});

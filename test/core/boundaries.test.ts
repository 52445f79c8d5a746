import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = path.resolve('src/core');

async function coreFiles(dir: string = CORE): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? coreFiles(path.join(dir, entry.name)) : Promise.resolve(entry.name.endsWith('.ts') ? [path.join(dir, entry.name)] : []))));
  return nested.flat();
}

/** docs/style.md section 2: the core is handed the clock and ids, and does no I/O. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['I/O module import', /from ['"]node:(fs|net|http|https|child_process|worker_threads|dgram|tls)(\/promises)?['"]/],
  ['import from io/ or app/', /from ['"]\.\.?\/(\.\.\/)*(io|app)\//],
  ['the real clock', /Date\.now\(\)|new Date\(\)/],
  ['randomness', /Math\.random\(|randomBytes|randomUUID/],
  ['the environment', /process\.env/],
];

describe('src/core purity', () => {
  it('has no I/O, clock, randomness or environment access', async () => {
    const violations: string[] = [];
    for (const file of await coreFiles()) {
      const source = await readFile(file, 'utf8');
      for (const [what, pattern] of FORBIDDEN) if (pattern.test(source)) violations.push(`${path.relative(CORE, file)}: ${what}`);
    }
    expect(violations).toEqual([]);
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/postgres/start.sh');

/**
 * Vitest global setup: starts the throwaway loopback PostgreSQL once per run (scripts/postgres/start.sh,
 * which installs Debian's package on first use) and exports POSTGRES_URL etc. to the test workers.
 * Each test makes its own database on it (test/support/postgres.ts). POSTGRES_SKIP=1 starts nothing,
 * and the PostgreSQL tests skip themselves.
 */
export default function setup(): undefined {
  if (process.env.POSTGRES_SKIP === '1') return undefined;
  const result = spawnSync('bash', [SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 });
  if (result.status !== 0) throw new Error(`scripts/postgres/start.sh failed (exit ${String(result.status)}):\n${result.stderr}${result.stdout}`);
  const envFile = /env file: (\S+)/.exec(result.stdout)?.[1];
  if (!envFile) throw new Error(`scripts/postgres/start.sh printed no env file:\n${result.stdout}`);
  for (const line of readFileSync(envFile, 'utf8').split('\n')) {
    const match = /^(POSTGRES_[A-Z_]+)=(.*)$/.exec(line);
    if (match?.[1]) process.env[match[1]] = match[2] ?? '';
  }
  return undefined;
}

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Vitest global setup: starts the real loopback mail stack once per run and exports its connection
 * info as MAILSTACK_* environment variables, which the test workers inherit. start.sh is idempotent
 * and installs the Debian packages on first use (root only). MAILSTACK_SKIP=1 skips it for runs that
 * need no mail server.
 */
export default function setup(): void {
  if (process.env.MAILSTACK_SKIP === '1') return;
  const script = path.resolve(import.meta.dirname, '../../scripts/mailstack/start.sh');
  const result = spawnSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
  if (result.status !== 0) {
    throw new Error(`scripts/mailstack/start.sh failed (exit ${String(result.status)}):\n${result.stderr}${result.stdout}`);
  }
  const envFile = /env file: (\S+)/.exec(result.stdout)?.[1];
  if (!envFile) throw new Error(`scripts/mailstack/start.sh printed no env file:\n${result.stdout}`);
  for (const line of readFileSync(envFile, 'utf8').split('\n')) {
    const match = /^(MAILSTACK_[A-Z_]+)=(.*)$/.exec(line);
    if (match?.[1]) process.env[match[1]] = (match[2] ?? '').replace(/^"(.*)"$/, '$1');
  }
}

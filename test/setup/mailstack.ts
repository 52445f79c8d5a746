import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePorts } from '../support/free-ports.js';

const SCRIPTS = path.resolve(import.meta.dirname, '../../scripts/mailstack');

function runScript(name: string, env: NodeJS.ProcessEnv): string {
  const result = spawnSync('bash', [path.join(SCRIPTS, name)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000, env });
  if (result.status !== 0) throw new Error(`scripts/mailstack/${name} failed (exit ${String(result.status)}):\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/**
 * Vitest global setup: starts the real loopback mail stack once per run and exports its connection
 * info as MAILSTACK_* environment variables, which the test workers inherit. start.sh is idempotent
 * and installs the Debian packages on first use (root only).
 *
 * MAILSTACK_PRIVATE=1 gives this run its own stack (own state directory, free ports), stopped and
 * removed afterwards, so two people can run the suite at once. MAILSTACK_SKIP=1 starts nothing.
 */
export default async function setup(): Promise<(() => void) | undefined> {
  if (process.env.MAILSTACK_SKIP === '1') return undefined;
  const env: NodeJS.ProcessEnv = { ...process.env };
  const isPrivate = process.env.MAILSTACK_PRIVATE === '1';
  if (isPrivate) {
    const [imap, lmtp, smtp] = await freePorts(3);
    const base = existsSync('/dev/shm') ? '/dev/shm' : '/tmp';
    Object.assign(env, {
      MAILSTACK_DIR: `${base}/mailstack-run-${process.pid}`,
      MAILSTACK_IMAP_PORT: String(imap),
      MAILSTACK_LMTP_PORT: String(lmtp),
      MAILSTACK_SMTP_PORT: String(smtp),
    });
  }
  const output = runScript('start.sh', env);
  const envFile = /env file: (\S+)/.exec(output)?.[1];
  if (!envFile) throw new Error(`scripts/mailstack/start.sh printed no env file:\n${output}`);
  for (const line of readFileSync(envFile, 'utf8').split('\n')) {
    const match = /^(MAILSTACK_[A-Z_]+)=(.*)$/.exec(line);
    if (match?.[1]) process.env[match[1]] = (match[2] ?? '').replace(/^"(.*)"$/, '$1');
  }
  if (!isPrivate) return undefined;
  return () => {
    runScript('stop.sh', { ...env, MAILSTACK_PURGE: '1' });
  };
}

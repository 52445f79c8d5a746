import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePorts } from './free-ports.js';
import type { Mailstack } from './mailstack.js';

const SCRIPTS = path.resolve(import.meta.dirname, '../../scripts/mailstack');

/**
 * A mail stack of its own (scripts/mailstack/start.sh in its own directory, on free ports) with the
 * given users: for tests that need many real recipients, which the shared stack does not have.
 */
export async function startPrivateMailstack(name: string, users: string[]): Promise<Mailstack & { stop(): void }> {
  const [imap, lmtp, smtp] = await freePorts(3);
  const env = {
    ...process.env,
    MAILSTACK_DIR: `${existsSync('/dev/shm') ? '/dev/shm' : '/tmp'}/mailstack-${name}-${process.pid}`,
    MAILSTACK_IMAP_PORT: String(imap),
    MAILSTACK_LMTP_PORT: String(lmtp),
    MAILSTACK_SMTP_PORT: String(smtp),
    MAILSTACK_USERS: users.join(' '),
    MAILSTACK_FRESH: '1',
  };
  const started = spawnSync('bash', [path.join(SCRIPTS, 'start.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env, timeout: 300_000 });
  if (started.status !== 0) throw new Error(`scripts/mailstack/start.sh failed:\n${started.stderr}${started.stdout}`);
  const envFile = /env file: (\S+)/.exec(started.stdout)?.[1];
  if (!envFile) throw new Error(`start.sh printed no env file:\n${started.stdout}`);
  const values = new Map<string, string>();
  for (const line of readFileSync(envFile, 'utf8').split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line);
    if (match?.[1]) values.set(match[1], (match[2] ?? '').replace(/^"(.*)"$/, '$1'));
  }
  return {
    dir: env.MAILSTACK_DIR,
    host: values.get('MAILSTACK_HOST') ?? '127.0.0.1',
    imapPort: imap as number,
    smtpPort: smtp as number,
    lmtpPort: lmtp as number,
    password: values.get('MAILSTACK_PASSWORD') ?? 'secret',
    stop() {
      spawnSync('bash', [path.join(SCRIPTS, 'stop.sh')], { stdio: 'ignore', env: { ...env, MAILSTACK_PURGE: '1' } });
    },
  };
}

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** POSTGRES_URL, or the loopback server scripts/postgres/start.sh starts (or finds running). */
export function postgresUrl(): string {
  if (process.env.POSTGRES_URL) return process.env.POSTGRES_URL;
  const started = spawnSync('bash', [path.join(ROOT, 'scripts/postgres/start.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const envFile = /env file: (\S+)/.exec(started.stdout)?.[1];
  if (started.status !== 0 || !envFile) throw new Error('scripts/postgres/start.sh failed');
  const url = /^POSTGRES_URL=(.*)$/m.exec(readFileSync(envFile, 'utf8'))?.[1];
  if (!url) throw new Error('no POSTGRES_URL in the env file');
  return url;
}

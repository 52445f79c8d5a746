/**
 * A long-lived child process for the lock race tests: it takes and releases the data-dir lock when the
 * parent says so over IPC, and answers each request with one message, so trials need no new processes
 * and no sleeps.
 */
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { acquireDataDirLock } from '../../src/io/lock.js';

export type RacerRequest = { id: number; type: 'acquire'; dir: string } | { id: number; type: 'release' } | { id: number; type: 'churn'; dir: string; rounds: number };
export type RacerReply =
  | { type: 'ready'; pid: number }
  | { id: number; type: 'acquired'; pid: number }
  | { id: number; type: 'refused'; pid: number; code: string; message: string }
  | { id: number; type: 'released'; pid: number }
  | { id: number; type: 'failed'; pid: number; message: string }
  | { id: number; type: 'churned'; pid: number; acquired: number; overlaps: number; errors: string[] };

const send = (reply: RacerReply): void => {
  process.send?.(reply);
};

/**
 * Takes and releases the lock `rounds` times as fast as it can, next to other racers doing the same.
 * While holding it creates `holding` exclusively: if that file already exists, two processes hold the
 * lock at once. Stale readers, clean-ups and back-offs all happen here, unlike in one-shot trials.
 */
async function churn(dir: string, rounds: number): Promise<{ acquired: number; overlaps: number; errors: string[] }> {
  const marker = path.join(dir, 'holding');
  let acquired = 0;
  let overlaps = 0;
  const errors: string[] = [];
  for (let round = 0; round < rounds; round++) {
    let releaseLock: () => Promise<void>;
    try {
      releaseLock = await acquireDataDirLock(dir);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'STORE_LOCKED') errors.push(String(error));
      continue;
    }
    acquired++;
    try {
      await writeFile(marker, String(process.pid), { flag: 'wx' });
      await unlink(marker);
    } catch {
      overlaps++;
    }
    await releaseLock().catch((error: unknown) => errors.push(`release: ${String(error)}`));
  }
  return { acquired, overlaps, errors };
}

let release: (() => Promise<void>) | null = null;

async function handle(request: RacerRequest): Promise<void> {
  if (request.type === 'acquire') {
    try {
      release = await acquireDataDirLock(request.dir);
      send({ id: request.id, type: 'acquired', pid: process.pid });
    } catch (error) {
      const { code, message } = error as { code?: unknown; message?: unknown };
      send({ id: request.id, type: 'refused', pid: process.pid, code: String(code), message: String(message) });
    }
  } else if (request.type === 'churn') {
    send({ id: request.id, type: 'churned', pid: process.pid, ...(await churn(request.dir, request.rounds)) });
  } else {
    await release?.();
    release = null;
    send({ id: request.id, type: 'released', pid: process.pid });
  }
}

process.on('message', (request: RacerRequest) => {
  // Every request gets a reply, even a broken one: the parent waits for it, not for a timer.
  handle(request).catch((error: unknown) => send({ id: request.id, type: 'failed', pid: process.pid, message: String(error) }));
});
process.on('disconnect', () => process.exit(0));
send({ type: 'ready', pid: process.pid });

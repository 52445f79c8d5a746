import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { BotError } from '../errors.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process owns a data directory at a time: `start` and a stray `run-once` would otherwise be
 * two writers of db.json. A lock left by a killed process is taken over once its pid is gone.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, 'privacy-inbox.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx', 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await unlink(file).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new BotError('STORE_LOCKED', `${dataDir} is in use by process ${owner} (privacy-inbox start?); stop it first or use another DATA_DIR`);
      }
      await unlink(file).catch(() => undefined);
    }
  }
  throw new BotError('STORE_LOCKED', `could not take the lock on ${dataDir}`);
}

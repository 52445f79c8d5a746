import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Raw mail lives beside the store, not in it: db.json stays small and bodies can be purged
 * on their own retention schedule.
 */
export async function saveRawMessage(dataDir: string, key: string, raw: Buffer): Promise<string> {
  const relative = path.join('messages', `${createHash('sha256').update(key).digest('hex')}.eml`);
  const target = path.join(dataDir, relative);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, raw, { mode: 0o600 });
  await rename(temporary, target);
  return relative;
}

export async function readRawMessage(dataDir: string, relative: string): Promise<Buffer> {
  return readFile(path.join(dataDir, relative));
}

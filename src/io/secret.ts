import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The HMAC key behind our Message-ID tokens. BOT_SECRET wins; otherwise one is made on first start
 * and kept private in DATA_DIR, so tokens stay valid across restarts.
 */
export async function loadOrCreateSecret(dataDir: string, configured: string | null): Promise<string> {
  if (configured) return configured;
  const file = path.join(dataDir, 'secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('hex');
  try {
    const handle = await open(file, 'wx', 0o600);
    await handle.writeFile(secret);
    await handle.close();
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return (await readFile(file, 'utf8')).trim();
    throw error;
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The HMAC key behind our Message-ID tokens. BOT_SECRET wins; otherwise one is made on first start
 * and kept private in DATA_DIR, so tokens stay valid across restarts.
 */
export async function loadOrCreateSecret(dataDir: string, configured: string | null): Promise<string> {
  const existing = await readSecret(dataDir, configured);
  if (existing) return existing;
  const file = path.join(dataDir, 'secret');
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

/**
 * The secret if there is one (BOT_SECRET or DATA_DIR/secret), else a throwaway one that is never
 * written: a dry run plans with it and sends nothing, so no token made with it can ever come back.
 */
export async function loadSecretReadOnly(dataDir: string, configured: string | null): Promise<string> {
  return (await readSecret(dataDir, configured)) ?? randomBytes(32).toString('hex');
}

async function readSecret(dataDir: string, configured: string | null): Promise<string | null> {
  if (configured) return configured;
  try {
    return (await readFile(path.join(dataDir, 'secret'), 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return null;
  }
}

import { mkdir, rename, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Delivers as an MDA does (Maildir spec, cr.yp.to/proto/maildir.html): write into tmp/, then rename
 * into new/. The write is dated a second back, as on a real disk where the rename follows the write
 * (and its fsync) by a clock tick or more, so the file counts as complete at once (src/io/maildir.ts,
 * rule 1). Without it a write and rename within one kernel tick look like a hand drop and wait
 * MAILDIR_SETTLE_MS, which is correct but slows a test.
 */
export async function deliverToMaildir(maildir: string, name: string, raw: string | Buffer): Promise<void> {
  for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(maildir, sub), { recursive: true });
  const temporary = path.join(maildir, 'tmp', name);
  await writeFile(temporary, raw);
  const written = new Date(Date.now() - 1_000);
  await utimes(temporary, written, written);
  await rename(temporary, path.join(maildir, 'new', name));
}

import { mkdtemp, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildMail } from '../support/build-mail.js';
import { startCli } from '../support/cli.js';

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it('start: the bree worker answers mail dropped into the Maildir, and SIGTERM stops it cleanly', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-start-'));
  const { child, output, exited } = startCli(['start'], { DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', POLL_INTERVAL: '3s' });

  await waitFor(async () => (output.stdout.includes('The mailbox is empty') ? true : undefined), 10_000);
  const maildir = path.join(dataDir, 'maildir');
  await mkdir(path.join(maildir, 'tmp'), { recursive: true });
  await writeFile(path.join(maildir, 'tmp', '1.req.host'), buildMail({ subject: 'Do not sell my personal information', body: 'Please opt me out of any sale or sharing.', messageId: 'start-1@example.net' }));
  await rename(path.join(maildir, 'tmp', '1.req.host'), path.join(maildir, 'new', '1.req.host'));

  const files = await waitFor(async () => {
    const names = await readdir(path.join(dataDir, 'outbox')).catch(() => []);
    return names.length > 0 ? names : undefined;
  }, 15_000);
  expect(files).toHaveLength(1);

  child.kill('SIGTERM');
  expect((await exited).code).toBe(0);
  expect(output.stderr).not.toMatch(/"level":(50|60)/);
  // SIGTERM releases the data-dir lock in place: one generation, marked released (docs/data-dir-lock.md).
  const locks = (await readdir(dataDir)).filter((name) => name.startsWith('privacy-inbox.lock'));
  expect(locks).toEqual(['privacy-inbox.lock.1']);
  expect(JSON.parse(await readFile(path.join(dataDir, locks[0]!), 'utf8'))).toMatchObject({ state: 'released' });
}, 40_000);

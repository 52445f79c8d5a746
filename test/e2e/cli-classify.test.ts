import { access, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildMail } from '../support/build-mail.js';
import { runCli } from '../support/cli.js';

it('classify --json prints one verdict per file and touches no data', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pi-classify-'));
  const request = path.join(dir, 'request.eml');
  const bounce = path.join(dir, 'ooo.eml');
  const broken = path.join(dir, 'broken.eml');
  await writeFile(request, buildMail({ subject: 'Delete my account', body: 'Please delete my account and all my data.', messageId: 'c1@example.net' }));
  await writeFile(bounce, buildMail({ subject: 'Out of office', body: 'I am away.', messageId: 'c2@example.net', extraHeaders: { 'Auto-Submitted': 'auto-replied' } }));
  await writeFile(broken, '');
  const dataDir = path.join(dir, 'data');
  const result = await runCli(['classify', request, bounce, broken, '--json'], { DATA_DIR: dataDir });
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  expect(lines).toHaveLength(3);
  expect(lines[0]).toMatchObject({ file: request, primary: 'deletion', automated: false });
  expect(lines[0].labels).toContain('deletion');
  for (const key of ['language', 'confidence']) expect(lines[0]).toHaveProperty(key);
  expect(lines[1]).toMatchObject({ file: bounce, automated: true, primary: 'other' });
  expect(lines[2]).toMatchObject({ file: broken, error: expect.stringMatching(/header/) });
  expect(result.code).toBe(1);
  await expect(access(dataDir)).rejects.toThrow();
});

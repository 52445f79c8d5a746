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

it('classify shares a large batch between threads and still prints every verdict in file order, as one thread would', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pi-classify-many-'));
  const kinds = [
    buildMail({ subject: 'Delete my account', body: 'Please delete my account and all my data.', messageId: 'k1@example.net' }),
    buildMail({ subject: 'Out of office', body: 'I am away.', messageId: 'k2@example.net', extraHeaders: { 'Auto-Submitted': 'auto-replied' } }),
    buildMail({ subject: 'Datenauskunft', body: 'Bitte teilen Sie mir mit, welche Daten Sie über mich speichern.', messageId: 'k3@example.net' }),
    buildMail({ subject: 'No more marketing', body: 'Do not sell or share my personal information.', messageId: 'k4@example.net' }),
    '',
  ];
  const files: string[] = [];
  // More than the one-thread limit (300), in an order no chunking would keep by accident.
  for (let index = 0; index < 420; index += 1) {
    const file = path.join(dir, `mail-${String(index).padStart(4, '0')}.eml`);
    await writeFile(file, kinds[(index * 7 + (index >> 3)) % kinds.length] as string);
    files.push(file);
  }
  const single = await runCli(['classify', '--json', ...files.slice(0, 40)], { DATA_DIR: path.join(dir, 'data') });
  const verdictOf = new Map<string, string>();
  for (const line of single.stdout.trim().split('\n')) {
    const { file, ...verdict } = JSON.parse(line) as { file: string };
    verdictOf.set(file, JSON.stringify(verdict));
  }
  const many = await runCli(['classify', '--json', ...files], { DATA_DIR: path.join(dir, 'data') });
  expect(many.code).toBe(1);
  const lines = many.stdout.trim().split('\n').map((line) => JSON.parse(line) as { file: string });
  expect(lines.map((line) => line.file)).toEqual(files);
  // Every copy of a mail gets the verdict its first copy got in the small (one-thread) run.
  const kindOf = (index: number): number => (index * 7 + (index >> 3)) % kinds.length;
  const firstOfKind = new Map<number, string>();
  files.slice(0, 40).forEach((file, index) => firstOfKind.has(kindOf(index)) || firstOfKind.set(kindOf(index), file));
  lines.forEach((line, index) => {
    const { file: _file, ...verdict } = line;
    expect(JSON.stringify(verdict)).toBe(verdictOf.get(firstOfKind.get(kindOf(index)) as string));
  });
});

import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMail } from '../support/build-mail.js';
import { runCli } from '../support/cli.js';
import { createTestDatabase, hasPostgres, queryOnce } from '../support/postgres.js';

/*
 * The CLI with STORE_URL: run-once records into PostgreSQL, and the read-only commands (list, show,
 * status, export, metrics, clock) read it from there. No db.json is ever written.
 */
describe.runIf(hasPostgres)('commands with STORE_URL (PostgreSQL)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase('cli');
    dataDir = await mkdtemp(path.join(tmpdir(), 'pi-pg-cli-'));
    env = { DATA_DIR: dataDir, STORE_URL: database.url, BOT_SECRET: 'pg-cli-test-secret-0123456789', PRIVACY_ADDRESS: 'privacy@example.test', PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z' };
  });

  afterAll(async () => {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses STORE_URL without BOT_SECRET (processes sharing a store must share the secret)', async () => {
    const result = await runCli(['run-once'], { ...env, BOT_SECRET: '' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('BOT_SECRET: required with STORE_URL');
  });

  it('run-once records into PostgreSQL; list, show, status, export, metrics and clock read it', async () => {
    const maildir = path.join(dataDir, 'maildir');
    await mkdir(path.join(maildir, 'new'), { recursive: true });
    await writeFile(path.join(maildir, 'new', '1.req.host'), buildMail({ subject: 'Delete my data', body: 'Please delete all personal data you hold about me.', messageId: 'pg-cli-1@example.net' }));
    const run = await runCli(['run-once'], env, 120_000);
    expect(run.code, run.stderr).toBe(0);
    // Nothing of the store on disk: no db.json, and the raw copy is in PostgreSQL (another machine reads it).
    expect(await readdir(dataDir)).not.toContain('db.json');
    expect(await readdir(dataDir)).not.toContain('messages');
    expect(await queryOnce(database.url, 'SELECT count(*)::int AS n FROM raw_messages')).toEqual([{ n: 1 }]);
    const [row] = await queryOnce<{ id: string }>(database.url, 'SELECT id FROM cases');
    const id = row?.id as string;
    expect(id).toMatch(/^PR-2026-\d{4}$/);

    const list = await runCli(['list', '--json'], env);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toMatchObject([{ id, state: expect.any(String) }]);
    const show = await runCli(['show', id], env);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain(id);
    expect(show.stdout).toContain('Please delete all personal data');
    const status = await runCli(['status', '--json'], env);
    expect(JSON.parse(status.stdout)).toMatchObject({ cases: expect.objectContaining({ open: 1 }) });
    const exported = await runCli(['export'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(exported.stdout).toContain(id);
    const metrics = await runCli(['metrics', '--year', '2026', '--format', 'json'], env);
    expect(metrics.code, metrics.stderr).toBe(0);
    expect(JSON.parse(metrics.stdout)).toMatchObject({ year: 2026 });
    const clock = await runCli(['clock', id], env);
    expect(clock.code, clock.stderr).toBe(0);
    expect(clock.stdout).toContain(`${id}: received 2026-03-02`);
  });
});

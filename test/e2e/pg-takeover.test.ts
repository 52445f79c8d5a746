import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBacklogMail } from '../../bench/backlog-mail.js';
import { runCli, startCli, type RunningCli } from '../support/cli.js';
import type { Mailstack } from '../support/mailstack.js';
import { waitFor } from '../support/mailstack.js';
import { createTestDatabase, hasPostgres, queryOnce } from '../support/postgres.js';
import { startPrivateMailstack } from '../support/private-mailstack.js';
import { startTcpProxy } from '../support/tcp-proxy.js';

/*
 * Two bot processes, as on two machines (each its own DATA_DIR), share one mailbox through one
 * PostgreSQL store: one leads, the other waits; kill -9 of the leader in the middle of a backlog hands
 * the rest to the standby. Real Dovecot + Postfix (a private stack, so every requester is a real
 * mailbox) and a real PostgreSQL. Every wait is for an event, with a generous timeout.
 */

const PRIVACY = 'privacy@example.test';
const TEAM = 'team@example.test';
const TOTAL = 12;
const requester = (index: number): string => `person-${String(index).padStart(3, '0')}@example.test`;

async function login(stack: Mailstack, user: string): Promise<ImapFlow> {
  const client = new ImapFlow({ host: stack.host, port: stack.imapPort, secure: false, auth: { user, pass: stack.password }, logger: false });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Message-IDs of every message in one folder (an absent folder has none). */
async function messageIds(client: ImapFlow, folder: string): Promise<string[]> {
  const status = await client.status(folder, { messages: true }).catch(() => false as const);
  if (!status || !status.messages) return [];
  const lock = await client.getMailboxLock(folder);
  try {
    const messages = await client.fetchAll('1:*', { envelope: true });
    return messages.map((message) => message.envelope?.messageId ?? '');
  } finally {
    lock.release();
  }
}

function duplicates(values: string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe.runIf(hasPostgres)('two processes share one mailbox through PostgreSQL', () => {
  let stack: Mailstack & { stop(): void };
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const dirs: string[] = [];

  beforeAll(async () => {
    stack = await startPrivateMailstack('pgtakeover', [PRIVACY, TEAM, ...Array.from({ length: TOTAL }, (_, index) => requester(index))]);
    database = await createTestDatabase('takeover');
  });

  afterAll(async () => {
    stack?.stop();
    await database?.drop();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('kill -9 of the leader mid-backlog: the standby takes over; every mail recorded and answered, none twice', async () => {
    const privacy = await login(stack, PRIVACY);
    const runId = Math.random().toString(36).slice(2, 8);
    for (let index = 0; index < TOTAL; index++) await privacy.append('INBOX', (await buildBacklogMail(index, requester(index), PRIVACY, runId)).raw);
    // The leader's SMTP goes through a relay the test can stop: frozen in the middle of its replies.
    const relay = await startTcpProxy(stack.host, stack.smtpPort);
    const env = (dataDir: string, smtpPort = stack.smtpPort): Record<string, string> => ({
      DATA_DIR: dataDir,
      STORE_URL: database.url,
      BOT_SECRET: 'takeover-test-secret-0123456789',
      MAILBOX_URL: `imap://${encodeURIComponent(PRIVACY)}:${stack.password}@${stack.host}:${stack.imapPort}/INBOX`,
      SMTP_URL: `smtp://${stack.host}:${smtpPort}`,
      PRIVACY_ADDRESS: PRIVACY,
      TEAM_ADDRESSES: TEAM,
      PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z',
      MAX_NEW_ADDRESSES_PER_DAY: '1000',
      LOG_LEVEL: 'info',
    });
    const [dirA, dirB] = [await mkdtemp(path.join(tmpdir(), 'pi-leader-a-')), await mkdtemp(path.join(tmpdir(), 'pi-leader-b-'))] as [string, string];
    dirs.push(dirA, dirB);
    const t0 = Date.now();
    const phases: string[] = [];
    const phase = (name: string): void => void phases.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    let a: RunningCli | null = null;
    let b: RunningCli | null = null;
    try {
      a = startCli(['start'], env(dirA, relay.port));
      await waitFor(async () => (a?.output.stderr.includes('"msg":"leading the store"') ? true : undefined), 90_000, 50);
      phase('A leads');
      b = startCli(['start'], env(dirB));
      // stdout and stderr are separate pipes: the log line and the console line arrive in either order.
      await waitFor(async () => (b?.output.stderr.includes('standby') && b.output.stdout.includes('Standby:') ? true : undefined), 90_000, 50);
      expect(b.output.stdout).toContain('Standby: another privacy-inbox leads this store');
      phase('B waits');

      // Mid-backlog: the first replies claimed or sent, then the leader's SMTP frozen and the leader killed.
      const progress = async (): Promise<{ messages: number; sent: number; unsent: number }> => {
        const rows = await queryOnce<{ messages: string; sent: string; unsent: string }>(
          database.url,
          "SELECT (SELECT count(*) FROM messages) AS messages, (SELECT count(*) FROM outbox WHERE state = 'sent') AS sent, (SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')) AS unsent",
        );
        return { messages: Number(rows[0]?.messages), sent: Number(rows[0]?.sent), unsent: Number(rows[0]?.unsent) };
      };
      await waitFor(async () => {
        const rows = await queryOnce<{ n: string }>(database.url, "SELECT count(*) AS n FROM outbox o WHERE o.state IN ('sending', 'sent') AND EXISTS (SELECT 1 FROM messages m WHERE m.case_id = o.case_id)");
        return Number(rows[0]?.n) > 0 ? true : undefined;
      }, 120_000, 20);
      relay.hold();
      a.child.kill('SIGKILL');
      await a.exited;
      const atKill = await progress();
      expect(atKill.messages < TOTAL || atKill.unsent > 0).toBe(true);
      phase('A killed');
      await waitFor(async () => (b?.output.stderr.includes('"msg":"leading the store"') ? true : undefined), 120_000, 50);
      phase('B leads');
      // Done: every message recorded and nothing left to send.
      await waitFor(async () => {
        const now = await progress();
        return now.messages === TOTAL && now.unsent === 0 ? true : undefined;
      }, 240_000, 100);
      await waitFor(async () => {
        const inbox = await privacy.status('INBOX', { messages: true });
        return inbox && inbox.messages === 0 ? true : undefined;
      }, 120_000, 100);

      phase('backlog done');
      // A writing command is refused while a leader runs (exit 3, STORE_LOCKED).
      const dirC = await mkdtemp(path.join(tmpdir(), 'pi-leader-c-'));
      dirs.push(dirC);
      const refused = await runCli(['run-once'], env(dirC), 90_000);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toMatch(/in use by process \d+ on /);

      b.child.kill('SIGTERM');
      expect((await b.exited).code).toBe(0);

      // Nothing lost: every mail moved once, to Processed.
      const processed = await messageIds(privacy, 'Processed');
      expect(processed).toHaveLength(TOTAL);
      expect(duplicates(processed)).toEqual([]);
      // The raw copies are in the store, whichever process received them.
      expect(await queryOnce(database.url, 'SELECT count(*)::int AS n FROM raw_messages')).toEqual([{ n: TOTAL }]);
      const epochs = await queryOnce<{ epoch: string }>(database.url, 'SELECT epoch FROM leader');
      expect(Number(epochs[0]?.epoch)).toBe(2);

      // Nothing sent twice: every sent outbox item has one copy in Sent and one delivery.
      const items = await queryOnce<{ key: string; state: string; attempts: number; message_id: string; to: string }>(
        database.url,
        "SELECT key, state, (record->>'attempts')::int AS attempts, record->>'messageId' AS message_id, record->'to'->0->>'address' AS to FROM outbox",
      );
      expect(items.filter((item) => item.state !== 'sent' && item.state !== 'suppressed')).toEqual([]);
      const sentItems = items.filter((item) => item.state === 'sent');
      expect(sentItems.length).toBeGreaterThanOrEqual(TOTAL);
      const sent = await messageIds(privacy, 'Sent');
      const bare = (id: string): string => id.replace(/^<|>$/g, '');
      expect(new Set(sent.map(bare))).toEqual(new Set(sentItems.map((item) => bare(item.message_id))));
      const delivered: string[] = [];
      for (const address of new Set(sentItems.map((item) => item.to).filter((to) => to !== TEAM))) {
        const client = await login(stack, address);
        delivered.push(...(await messageIds(client, 'INBOX')));
        await client.logout();
      }
      // The one mail SMTP had accepted when the leader died, before its Sent copy, is the only one that
      // may go out again (the outbox is at-least-once: src/app/send-outbox.ts): the standby found no copy in Sent.
      const twice = [...new Set([...duplicates(sent), ...duplicates(delivered)])];
      expect(twice.length).toBeLessThanOrEqual(1);
      for (const id of twice) expect(sentItems.find((item) => bare(item.message_id) === bare(id))?.attempts).toBeGreaterThanOrEqual(2);
      console.info(`pg takeover: at the kill ${atKill.messages}/${TOTAL} recorded, ${atKill.sent} sent, ${atKill.unsent} unsent; ${sentItems.length} replies sent; sent twice: ${twice.length}; ${phases.join(', ')}`);
      await privacy.logout();
    } finally {
      a?.child.kill('SIGKILL');
      b?.child.kill('SIGKILL');
      await relay.close();
    }
  });
});

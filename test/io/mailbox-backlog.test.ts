import type { ImapFlow } from 'imapflow';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DONE_KEYWORD } from '../../src/io/imap.js';
import { countImapBacklog, countMaildirBacklog } from '../../src/io/mailbox-backlog.js';
import { buildRawMessage, imapLogin, openImap, PRIVACY, uniqueName } from '../support/mailstack.js';

describe('Maildir backlog', () => {
  it('counts the files in new/ and dates the oldest, skipping dot files and directories', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pi-backlog-'));
    try {
      for (const sub of ['new', 'cur', 'tmp']) await mkdir(path.join(root, sub));
      await writeFile(path.join(root, 'new', '1.a.host'), buildRawMessage());
      await writeFile(path.join(root, 'new', '2.b.host'), buildRawMessage());
      await writeFile(path.join(root, 'new', '.hidden'), 'x');
      await mkdir(path.join(root, 'new', 'odd-dir'));
      await writeFile(path.join(root, 'cur', '0.c.host:2,S'), buildRawMessage());
      await utimes(path.join(root, 'new', '1.a.host'), new Date('2026-03-02T10:00:00Z'), new Date('2026-03-02T10:00:00Z'));
      expect(await countMaildirBacklog(root)).toEqual({ kind: 'maildir', count: 2, oldestArrivedAt: '2026-03-02T10:00:00.000Z', error: null });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('reports a missing Maildir as an error and creates nothing', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pi-backlog-'));
    try {
      const backlog = await countMaildirBacklog(path.join(root, 'maildir'));
      expect(backlog).toMatchObject({ kind: 'maildir', count: null });
      expect(backlog.error).toMatch(/ENOENT/);
      expect(await readdir(root)).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('IMAP backlog (Dovecot on loopback)', () => {
  let helper: ImapFlow;
  const mailbox = uniqueName('Backlog');

  beforeAll(async () => {
    helper = await openImap(PRIVACY);
    await helper.mailboxCreate(mailbox);
  });

  afterAll(async () => {
    await helper.mailboxDelete(mailbox).catch(() => undefined);
    await helper.logout();
  });

  const options = () => ({ ...imapLogin(PRIVACY), mailbox, processedFolder: `${mailbox}-Processed`, quarantineFolder: `${mailbox}-Quarantine` });

  it('counts what the poller would read: not messages marked done or \\Deleted', async () => {
    expect(await countImapBacklog(options())).toEqual({ kind: 'imap', count: 0, oldestArrivedAt: null, error: null });
    await helper.append(mailbox, buildRawMessage(), [], new Date('2026-03-02T10:00:00Z'));
    await helper.append(mailbox, buildRawMessage(), [], new Date('2026-03-02T11:00:00Z'));
    await helper.append(mailbox, buildRawMessage(), [DONE_KEYWORD], new Date('2026-03-02T09:00:00Z'));
    await helper.append(mailbox, buildRawMessage(), ['\\Deleted'], new Date('2026-03-02T08:00:00Z'));
    const backlog = await countImapBacklog(options());
    expect(backlog).toEqual({ kind: 'imap', count: 2, oldestArrivedAt: '2026-03-02T10:00:00.000Z', error: null });
  });

  it('gives an error, not a hang, when the server refuses the login or does not answer', async () => {
    const refused = await countImapBacklog({ ...options(), pass: 'wrong-password' });
    expect(refused).toMatchObject({ kind: 'imap', count: null });
    expect(refused.error).not.toContain(PRIVACY);

    // A server that accepts the connection and never says a word.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as net.AddressInfo).port;
      const backlog = await countImapBacklog({ ...options(), port }, 1_000);
      expect(backlog).toMatchObject({ kind: 'imap', count: null });
      expect(backlog.error).toBeTruthy();
    } finally {
      silent.close();
    }
  });
});

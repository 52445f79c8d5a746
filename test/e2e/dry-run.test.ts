import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMail } from '../support/build-mail.js';
import { runCli, startCli } from '../support/cli.js';
import { deliverToMaildir } from '../support/maildir.js';

/** Log lines other than the quarantine warning (it names the message's source id and the limit or error, never content). */
function unexpectedLogLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !/"level":40,.*"msg":"message quarantined"/.test(line));
}
import { CONSUMER, imapCliEnv, openImap, PRIVACY, uniqueBotFolders, uniqueName, waitFor } from '../support/mailstack.js';

/**
 * Every file and directory under `root` with its bytes, mode and modification time: a dry run must
 * leave all of it as it was (no file written, renamed, created and removed, or touched).
 */
async function snapshot(root: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  async function walk(dir: string): Promise<void> {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const full = path.join(dir, name);
      const info = await lstat(full);
      const relative = path.relative(root, full);
      if (info.isDirectory()) {
        entries[`${relative}/`] = `${info.mode} ${info.mtimeMs}`;
        await walk(full);
      } else entries[relative] = `${info.mode} ${info.mtimeMs} ${createHash('sha256').update(await readFile(full)).digest('hex')}`;
    }
  }
  const top = await lstat(root);
  entries['./'] = `${top.mode} ${top.mtimeMs}`;
  await walk(root);
  return entries;
}

/** The replies a dry run printed: `  -> template to addresses (case): "subject"`. */
function predictedReplies(stdout: string): Array<{ templateId: string; to: string; subject: string }> {
  return [...stdout.matchAll(/^ {2}-> (\S+) to (.+?)(?: \((PR-\d{4}-\d{4})\))?(?:, retrying an interrupted send)?: "(.*)"$/gm)].map((match) => ({
    templateId: match[1] as string,
    to: match[2] as string,
    subject: match[4] as string,
  }));
}

/** What really went out, in the same shape: the template id is part of our Message-ID. */
async function sentReplies(raws: Buffer[]): Promise<Array<{ templateId: string; to: string; subject: string }>> {
  const replies = [];
  for (const raw of raws) {
    const mail = await simpleParser(raw);
    const to = (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((address) => address.value.map((value) => value.address ?? '')).join(', ');
    const templateId = /^<pi\.[^.]+\.([^.]+)\./.exec(mail.messageId ?? '')?.[1] ?? '?';
    replies.push({ templateId, to, subject: mail.subject ?? '' });
  }
  return replies;
}

function sorted<T>(values: T[]): T[] {
  return [...values].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function lastJson(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as Record<string, unknown>;
}

const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('dry run on the Maildir default', () => {
  it('plans a backlog and changes nothing, fresh or with a store; the real run then answers each request once', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-dry-'));
    cleanup.push(dataDir);
    const maildir = path.join(dataDir, 'maildir');
    const env = { DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', TEAM_ADDRESSES: 'team@example.test', PRIVACY_INBOX_NOW: '2026-03-02T17:00:00Z', ORG_NAME: 'Calm Clinic' };
    await deliverToMaildir(maildir, '1.alex.host', buildMail({ from: 'Alex Doe <alex@example.net>', subject: 'Please delete my data', body: 'Hello,\n\nPlease delete my account and all personal data you hold about me.\n\nAlex', messageId: 'dry-1@example.net' }));
    await deliverToMaildir(maildir, '2.ooo.host', buildMail({ from: 'Bo <bo@example.net>', subject: 'Out of office', body: 'I am away until Monday.', messageId: 'dry-ooo@example.net', extraHeaders: { 'Auto-Submitted': 'auto-replied' } }));

    // A first look before the bot ever ran: not even db.json, the secret or the outbox appear.
    const fresh = await snapshot(dataDir);
    const firstDry = await runCli(['run-once', '--dry-run'], env);
    expect(unexpectedLogLines(firstDry.stderr)).toEqual([]);
    expect(firstDry.code).toBe(0);
    expect(await snapshot(dataDir)).toEqual(fresh);
    expect(await readdir(dataDir)).toEqual(['maildir']);
    expect(firstDry.stdout).toContain('DRY RUN: nothing was moved, recorded or sent.');
    expect(firstDry.stdout).toMatch(/^DRY RUN message 1\.alex\.host: would open case PR-2026-0001 \[deletion[^\]]*; en\]$/m);
    expect(firstDry.stdout).toMatch(/^DRY RUN message 2\.ooo\.host: would record without a case \(.*Auto-Submitted.*\)/m);
    expect(predictedReplies(firstDry.stdout)).toEqual([{ templateId: 'acknowledgement', to: 'alex@example.net', subject: 'Re: Please delete my data [PR-2026-0001]' }]);
    expect(firstDry.stdout).toMatch(/^ {7}\| \S/m);
    expect(lastJson(firstDry.stdout)).toMatchObject({ listed: 2, newCases: 1, ignored: 1, dryRun: true, send: { sent: 0, dryRun: 1 } });

    const firstReal = await runCli(['run-once'], env);
    expect(firstReal.code).toBe(0);
    expect(lastJson(firstReal.stdout)).toMatchObject({ newCases: 1, ignored: 1, send: { sent: 1 } });
    const firstOutbox = await readdir(path.join(dataDir, 'outbox'));
    expect(sorted(await sentReplies(await Promise.all(firstOutbox.map((name) => readFile(path.join(dataDir, 'outbox', name))))))).toEqual(sorted(predictedReplies(firstDry.stdout)));
    const ack = await simpleParser(await readFile(path.join(dataDir, 'outbox', firstOutbox[0] as string)));

    // A backlog on a bot with a store: a new request, a follow-up in the thread, mail that is not MIME.
    await deliverToMaildir(maildir, '3.carol.host', buildMail({ from: 'Carol <carol@example.net>', subject: 'Do not sell my personal information', body: 'Please opt me out of any sale or sharing of my data.', messageId: 'dry-2@example.net' }));
    await deliverToMaildir(maildir, '4.alex.host', buildMail({ from: 'Alex Doe <alex@example.net>', subject: `Re: ${ack.subject}`, body: 'Any news on this? I also want a copy of my data.', messageId: 'dry-3@example.net', inReplyTo: (ack.messageId ?? '').replace(/[<>]/g, '') }));
    await deliverToMaildir(maildir, '5.junk.host', Buffer.from([0, 1, 2, 3, 255, 254, 0, 10, 0, 0]));
    const before = await snapshot(dataDir);
    const dbBefore = await readFile(path.join(dataDir, 'db.json'));
    const secondDry = await runCli(['run-once'], { ...env, DRY_RUN: '1' });
    expect(unexpectedLogLines(secondDry.stderr)).toEqual([]);
    expect(secondDry.code).toBe(0);
    expect(await snapshot(dataDir)).toEqual(before);
    expect((await readFile(path.join(dataDir, 'db.json'))).equals(dbBefore)).toBe(true);
    expect(secondDry.stdout).toMatch(/^DRY RUN message 3\.carol\.host: would open case PR-2026-0002 \[opt_out/m);
    expect(secondDry.stdout).toMatch(/^DRY RUN message 4\.alex\.host: would join case PR-2026-0001/m);
    expect(secondDry.stdout).toMatch(/^DRY RUN message 5\.junk\.host: would quarantine \(/m);

    // The real run does what the dry run said, as if it had never happened (case numbers included).
    const secondReal = await runCli(['run-once'], env);
    expect(secondReal.code).toBe(0);
    expect(lastJson(secondReal.stdout)).toMatchObject({ newCases: 1, followUps: 1, quarantined: 1 });
    const newFiles = (await readdir(path.join(dataDir, 'outbox'))).filter((name) => !firstOutbox.includes(name));
    const sent = await sentReplies(await Promise.all(newFiles.map((name) => readFile(path.join(dataDir, 'outbox', name)))));
    expect(sent.length).toBeGreaterThan(0);
    expect(sorted(sent)).toEqual(sorted(predictedReplies(secondDry.stdout)));
    // One reply per planned one and nothing left: every request answered once (a further run sending
    // nothing again is maildir-pipeline's to show).
    expect(await readdir(path.join(maildir, 'new'))).toEqual([]);
  }, 180_000);

  it('start with DRY_RUN=1 shows each message once, no subject off a terminal, and leaves no trace', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-dry-start-'));
    cleanup.push(dataDir);
    const maildir = path.join(dataDir, 'maildir');
    await deliverToMaildir(maildir, '1.a.host', buildMail({ subject: 'Secret subject A', body: 'Please delete my data.', messageId: 'start-dry-1@example.net' }));
    await deliverToMaildir(maildir, '2.b.host', buildMail({ from: 'Sam <sam@example.net>', subject: 'Secret subject B', body: 'Do not sell my personal information.', messageId: 'start-dry-2@example.net' }));
    const { child, output, exited } = startCli(['start'], { DATA_DIR: dataDir, PRIVACY_ADDRESS: 'privacy@example.test', POLL_INTERVAL: '3s', DRY_RUN: '1', LOG_LEVEL: 'info' });
    try {
      await waitFor(async () => (output.stdout.includes('DRY RUN message 2.b.host') ? true : undefined), 60_000, 100);
      // A later pass of the long-lived poll worker (POLL_INTERVAL 3s) goes over the same mail and finds it known, without showing it again.
      await waitFor(async () => (/"job":"poll-inbox"[^\n]*"duplicates":2[^\n]*"msg":"poll pass finished"/.test(output.stderr) ? true : undefined), 60_000, 100);
      await deliverToMaildir(maildir, '3.c.host', buildMail({ from: 'Kim <kim@example.net>', subject: 'Secret subject C', body: 'Please send me a copy of my data.', messageId: 'start-dry-3@example.net' }));
      await waitFor(async () => (output.stdout.includes('DRY RUN message 3.c.host') ? true : undefined), 60_000, 100);
    } finally {
      child.kill('SIGTERM');
    }
    const result = await exited;
    expect(result.code).toBe(0);
    for (const id of ['1.a.host', '2.b.host', '3.c.host']) expect(result.stdout.split(`DRY RUN message ${id}:`)).toHaveLength(2);
    expect(result.stdout).toContain('DRY RUN (DRY_RUN=1)');
    expect(result.stdout + result.stderr).not.toMatch(/Secret subject|alex@example\.net|sam@example\.net|kim@example\.net/);
    expect(result.stderr).not.toMatch(/"level":(50|60)/);
    expect((await readdir(dataDir)).sort()).toEqual(['maildir']);
    expect((await readdir(path.join(maildir, 'new'))).sort()).toEqual(['1.a.host', '2.b.host', '3.c.host']);
    expect((await readdir(maildir)).sort()).toEqual(['cur', 'new', 'tmp']);
  }, 180_000);
});

describe('dry run over IMAP (Dovecot on loopback)', () => {
  let client: ImapFlow | null = null;
  afterEach(async () => {
    await client?.logout().catch(() => undefined);
    client = null;
  });

  /** UIDs and flags of every message in `mailbox`, read with EXAMINE so looking changes nothing either. */
  async function mailboxState(imap: ImapFlow, mailbox: string): Promise<Array<{ uid: number; flags: string[] }>> {
    const lock = await imap.getMailboxLock(mailbox, { readOnly: true });
    try {
      await imap.noop();
      if (!imap.mailbox || imap.mailbox.exists === 0) return [];
      const messages = await imap.fetchAll('1:*', { uid: true, flags: true });
      return messages.map((message) => ({ uid: message.uid, flags: [...(message.flags ?? [])].filter((flag) => flag !== '\\Recent').sort() })).sort((a, b) => a.uid - b.uid);
    } finally {
      lock.release();
    }
  }

  async function folderNames(imap: ImapFlow): Promise<string[]> {
    return (await imap.list()).map((folder) => folder.path).sort();
  }

  it('EXAMINEs the mailbox: no move, no flag, no folder, no store; the real run then answers each request once', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pi-dry-imap-'));
    cleanup.push(dataDir);
    const mailbox = uniqueName('DryRun');
    const folders = uniqueBotFolders('Dry');
    client = await openImap(PRIVACY);
    await client.mailboxCreate(mailbox);
    const requests = [
      buildMail({ from: `Casey <${CONSUMER}>`, to: PRIVACY, subject: 'Please delete my data', body: 'Hello,\n\nplease delete all personal data you hold about me.\n\nCasey', messageId: `${mailbox}-1@example.test` }),
      buildMail({ from: `Casey <${CONSUMER}>`, to: PRIVACY, subject: 'Do not sell my personal information', body: 'Please opt me out of any sale or sharing of my data.', messageId: `${mailbox}-2@example.test` }),
      buildMail({ from: `Casey <${CONSUMER}>`, to: PRIVACY, subject: 'Automatic reply: away', body: 'I am out of the office.', messageId: `${mailbox}-3@example.test`, extraHeaders: { 'Auto-Submitted': 'auto-replied' } }),
    ];
    for (const raw of requests) await client.append(mailbox, raw);
    const env = { ...imapCliEnv(dataDir, folders), MAILBOX_URL: imapCliEnv(dataDir, folders).MAILBOX_URL?.replace(/\/INBOX$/, `/${mailbox}`) ?? '' };
    const beforeState = await mailboxState(client, mailbox);
    const beforeFolders = await folderNames(client);
    expect(beforeState).toHaveLength(3);

    try {
      const dry = await runCli(['run-once'], { ...env, DRY_RUN: '1' });
      expect(unexpectedLogLines(dry.stderr)).toEqual([]);
      expect(dry.code).toBe(0);
      expect(await mailboxState(client, mailbox)).toEqual(beforeState);
      expect(await folderNames(client)).toEqual(beforeFolders);
      expect(await readdir(dataDir)).toEqual([]);
      expect(lastJson(dry.stdout)).toMatchObject({ listed: 3, newCases: 2, ignored: 1, dryRun: true, send: { sent: 0 } });
      const predicted = predictedReplies(dry.stdout);
      expect(predicted.filter((reply) => reply.templateId === 'acknowledgement')).toHaveLength(2);

      const real = await runCli(['run-once'], env);
      expect(real.code).toBe(0);
      expect(lastJson(real.stdout)).toMatchObject({ listed: 3, newCases: 2, ignored: 1 });
      expect(await mailboxState(client, mailbox)).toEqual([]);
      const sent = await waitFor(async () => {
        const lock = await client?.getMailboxLock(folders.sent, { readOnly: true }).catch(() => null);
        if (!lock || !client) return undefined;
        try {
          await client.noop();
          if (!client.mailbox || client.mailbox.exists < predicted.length) return undefined;
          return (await client.fetchAll('1:*', { source: true })).map((message) => message.source as Buffer);
        } finally {
          lock.release();
        }
      });
      expect(sorted(await sentReplies(sent))).toEqual(sorted(predicted));
    } finally {
      for (const folder of [mailbox, ...Object.values(folders)]) await client.mailboxDelete(folder).catch(() => undefined);
    }
  }, 180_000);
});

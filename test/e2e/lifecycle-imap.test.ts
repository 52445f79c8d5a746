import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImapFlow } from 'imapflow';
import type { ParsedMail } from 'mailparser';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { CONSUMER, emptyMailbox, imapCliEnv, mailstack, openImap, parsedInbox, PRIVACY, TEAM, uniqueBotFolders, waitFor, waitForPostfixIdle, type BotFolders } from '../support/mailstack.js';

/**
 * One whole case on the real servers: the consumer writes through Postfix, the bot (the built CLI)
 * reads privacy@ over IMAP and answers over SMTP; the consumer verifies by replying; the team gets
 * the escalation in its own mailbox and answers with a command. Postfix here adds no
 * Authentication-Results, so the team's reply is built with the header our trusted MX would add and
 * APPENDed to privacy@'s INBOX, as the MX's delivery agent would.
 */
const AUTHSERV = 'mx.example.test';
let consumer: ImapFlow;
let privacy: ImapFlow;
let team: ImapFlow;
let dataDir: string;
let folders: BotFolders;
let env: Record<string, string>;

beforeAll(async () => {
  consumer = await openImap(CONSUMER);
  privacy = await openImap(PRIVACY);
  team = await openImap(TEAM);
});

afterAll(async () => {
  await Promise.allSettled([consumer.logout(), privacy.logout(), team.logout()]);
});

beforeEach(async () => {
  await Promise.all([emptyMailbox(PRIVACY), emptyMailbox(CONSUMER), emptyMailbox(TEAM)]);
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-life-imap-'));
  folders = uniqueBotFolders('Life');
  env = imapCliEnv(dataDir, folders, { TRUSTED_AUTHSERV_ID: AUTHSERV, BOT_SECRET: 'imap-e2e-secret-imap-e2e-secret' });
});

afterEach(async () => {
  for (const folder of Object.values(folders)) await privacy.mailboxDelete(folder).catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

/** Waits for Postfix to deliver, then returns exactly the mail that arrived since `seen` messages. */
async function arrivals(client: ImapFlow, seen: number, expected: number): Promise<ParsedMail[]> {
  await waitFor(async () => ((await parsedInbox(client)).length >= seen + expected ? true : undefined));
  await waitForPostfixIdle();
  const all = await parsedInbox(client);
  expect(all).toHaveLength(seen + expected);
  return all.slice(seen);
}

async function waitForPrivacyInbox(count: number): Promise<void> {
  await waitFor(async () => {
    const lock = await privacy.getMailboxLock('INBOX');
    try {
      await privacy.noop();
      return (privacy.mailbox ? privacy.mailbox.exists : 0) >= count ? true : undefined;
    } finally {
      lock.release();
    }
  });
}

async function runOnce(now: string): Promise<Record<string, unknown>> {
  const result = await runCli(['run-once'], { ...env, PRIVACY_INBOX_NOW: now });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

function toAddresses(mail: ParsedMail): string[] {
  return mail.to && !Array.isArray(mail.to) ? mail.to.value.map((entry) => entry.address ?? '') : [];
}

function id(value: string | undefined): string {
  return (value ?? '').replace(/[<>]/g, '');
}

function refs(mail: ParsedMail): string[] {
  const value = mail.references;
  return (Array.isArray(value) ? value : value ? [value] : []).map(id);
}

function expectNothingInternal(mail: ParsedMail): void {
  const everything = `${mail.headerLines.map((line) => line.line).join('\n')}\n${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`;
  expect(everything).not.toContain(TEAM);
  expect(everything).not.toContain('ticket 9931');
}

function quoted(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\r\n');
}

describe('case lifecycle over real IMAP and SMTP', () => {
  it('request -> acknowledgement -> verification reply -> team command -> completion', async () => {
    const stack = mailstack();
    const smtp = nodemailer.createTransport({ host: stack.host, port: stack.smtpPort, secure: false, ignoreTLS: true });
    const requestId = `life-${Date.now()}@example.test`;
    await smtp.sendMail({ from: `Casey Consumer <${CONSUMER}>`, to: PRIVACY, subject: 'Please delete my data', text: 'Hello,\n\nplease delete my account and all personal data you hold about me.\n\nCasey', messageId: `<${requestId}>` });
    await waitForPrivacyInbox(1);

    // 1. The acknowledgement, carrying the one-time code, to the consumer in the request's thread.
    expect(await runOnce('2026-03-02T17:00:00Z')).toMatchObject({ newCases: 1, failed: 0, send: { sent: 1 } });
    const [ack] = await arrivals(consumer, 0, 1);
    const verification = ack;
    for (const mail of [ack] as ParsedMail[]) {
      expect(toAddresses(mail)).toEqual([CONSUMER]);
      expect(mail.from?.value[0]?.address).toBe(PRIVACY);
      expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
      expectNothingInternal(mail);
    }
    expect(ack?.subject).toBe('Re: Please delete my data [PR-2026-0001]');
    expect(id(ack?.inReplyTo)).toBe(requestId);
    expect(refs(ack as ParsedMail)).toEqual([requestId]);
    expect(verification?.text).toMatch(/one-time code: [A-Z2-9]{4}-[A-Z2-9]{4}/);
    expect(await parsedInbox(team)).toHaveLength(0);

    // 2. The consumer replies with DELETE, quoting the verification mail (and so its token).
    await smtp.sendMail({
      from: `Casey Consumer <${CONSUMER}>`,
      to: PRIVACY,
      subject: `Re: ${verification?.subject ?? ''}`,
      text: `DELETE\r\n\r\nOn Mon, 2 Mar 2026, Calm Clinic Privacy Team <${PRIVACY}> wrote:\r\n${quoted(verification?.text ?? '')}\r\n`,
      messageId: `<reply-${requestId}>`,
      inReplyTo: verification?.messageId ?? '',
      references: [...refs(verification as ParsedMail), id(verification?.messageId)].map((value) => `<${value}>`),
    });
    smtp.close();
    await waitForPrivacyInbox(1);
    expect(await runOnce('2026-03-03T09:00:00Z')).toMatchObject({ followUps: 1, send: { sent: 1 } });
    const [escalation] = await arrivals(team, 0, 1);
    expect(toAddresses(escalation as ParsedMail)).toEqual([TEAM]);
    expect(escalation?.subject).toMatch(/^\[PR-2026-0001\] [A-Z?]{1,3} deletion$/);
    expect(escalation?.text).toContain('is verified');
    expect(escalation?.text).toContain('> DELETE');
    expect(escalation?.text).toContain(`Requester: Casey Consumer <${CONSUMER}>`);
    expect(escalation?.text).toContain('done [message to requester]');
    expect(await parsedInbox(consumer)).toHaveLength(1);

    // 3. The team replies from its own client; our MX would add Authentication-Results on the way in.
    const teamReplyId = `team-${Date.now()}@example.test`;
    const teamReply = [
      `Authentication-Results: ${AUTHSERV}; dkim=pass header.d=example.test header.s=mail; spf=pass smtp.mailfrom=${TEAM}`,
      `From: Sam Team <${TEAM}>`,
      `To: ${PRIVACY}`,
      `Subject: Re: ${escalation?.subject ?? ''}`,
      `Date: Tue, 03 Mar 2026 10:00:00 +0000`,
      `Message-ID: <${teamReplyId}>`,
      `In-Reply-To: ${escalation?.messageId ?? ''}`,
      `References: ${escalation?.messageId ?? ''}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'note erased in the EHR, ticket 9931',
      'done Your account and all personal data are deleted.',
      '',
      `On Tue, 3 Mar 2026, Calm Clinic Privacy Team <${PRIVACY}> wrote:`,
      quoted(escalation?.text ?? ''),
      '',
    ].join('\r\n');
    await privacy.append('INBOX', Buffer.from(teamReply));
    expect(await runOnce('2026-03-03T10:00:00Z')).toMatchObject({ teamCommands: 1, send: { sent: 2 } });

    // 4. Completion to the consumer in the case thread; the result of the command to the team.
    const [completion] = await arrivals(consumer, 1, 1);
    expect(toAddresses(completion as ParsedMail)).toEqual([CONSUMER]);
    expect(id(completion?.inReplyTo)).toBe(`reply-${requestId}`);
    expect(refs(completion as ParsedMail)).toContain(requestId);
    expect(completion?.text).toContain('Your account and all personal data are deleted.');
    expectNothingInternal(completion as ParsedMail);
    const [result] = await arrivals(team, 1, 1);
    expect(id(result?.inReplyTo)).toBe(teamReplyId);
    expect(result?.text).toContain('Case PR-2026-0001 is now done');

    // Every message the bot sent is in Sent; every inbound one in Processed.
    const sentIds = new Set([ack, escalation, completion, result].map((mail) => id(mail?.messageId)));
    const lock = await privacy.getMailboxLock(folders.sent);
    try {
      const inSent = (await privacy.fetchAll('1:*', { envelope: true })).map((message) => id(message.envelope?.messageId));
      expect(new Set(inSent)).toEqual(sentIds);
    } finally {
      lock.release();
    }

    const shown = JSON.parse((await runCli(['show', 'PR-2026-0001', '--json'], env)).stdout) as { state: string; events: Array<{ type: string; by: string }> };
    expect(shown.state).toBe('done');
    const types = shown.events.map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['received', 'verification_requested', 'verification_passed', 'deletion_confirmed', 'escalated', 'note', 'team_done']));
    expect(shown.events.filter((event) => event.type === 'reply_sent')).toHaveLength(2);
    expect(shown.events.filter((event) => event.type === 'team_mail_sent')).toHaveLength(2);
    expect(shown.events.find((event) => event.type === 'team_done')?.by).toBe(TEAM);
    expect(shown.events.find((event) => event.type === 'verification_passed')?.by).toBe('requester');

    // Nothing more goes out on another pass.
    expect(await runOnce('2026-03-03T11:00:00Z')).toMatchObject({ listed: 0, send: { sent: 0 } });
  });

  it('ignores a command whose Authentication-Results come from an untrusted server, and warns the team once', async () => {
    const stack = mailstack();
    const smtp = nodemailer.createTransport({ host: stack.host, port: stack.smtpPort, secure: false, ignoreTLS: true });
    await smtp.sendMail({ from: CONSUMER, to: PRIVACY, subject: 'Do not sell my data', text: 'Do not sell or share my personal information.', messageId: `<opt-${Date.now()}@example.test>` });
    smtp.close();
    await waitForPrivacyInbox(1);
    await runOnce('2026-03-02T17:00:00Z');
    const [escalation] = await arrivals(team, 0, 1);
    // A forged "team" reply sent straight through SMTP, with a header naming someone else's server.
    const forged = [
      `Authentication-Results: mx.attacker.example; dkim=pass header.d=example.test`,
      `From: ${TEAM}`,
      `To: ${PRIVACY}`,
      `Subject: Re: ${escalation?.subject ?? ''}`,
      `Message-ID: <forged-${Date.now()}@attacker.example>`,
      `In-Reply-To: ${escalation?.messageId ?? ''}`,
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'done',
      '',
    ].join('\r\n');
    await privacy.append('INBOX', Buffer.from(forged));
    await runOnce('2026-03-02T18:00:00Z');
    const [warning] = await arrivals(team, 1, 1);
    expect(warning?.subject).toMatch(/^\[PR-2026-0001\] /);
    expect(warning?.text).toContain('was NOT accepted');
    expect(warning?.text).toContain('not from mx.example.test');
    expect(await parsedInbox(consumer)).toHaveLength(1);
    const shown = JSON.parse((await runCli(['show', 'PR-2026-0001', '--json'], env)).stdout) as { state: string; events: Array<{ type: string; by: string }> };
    expect(shown.state).toBe('awaiting_team');
    expect(shown.events.filter((event) => event.type === 'team_command_rejected').map((event) => event.by)).toEqual(['unauthenticated']);
  });
});

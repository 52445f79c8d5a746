import { readStoreSnapshot } from '../../src/io/store.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { MaildirWorld, quoteReply, requestMail, type SentMail } from './lifecycle-support.js';

let world: MaildirWorld;

// Each test spawns the built CLI four to six times; a loaded machine must not turn that into a failure.
const SPAWNS = { timeout: 120_000 };

beforeEach(async () => {
  world = new MaildirWorld(await mkdtemp(path.join(tmpdir(), 'pi-show-')), { TIMEZONE: 'America/Los_Angeles' });
});

interface ShownMessage {
  key: string;
  receivedAt: string | null;
  from: string | null;
  subject: string | null;
  text: string | null;
  newText: string | null;
  error: string | null;
}

interface Shown {
  messageCount: number;
  messages: ShownMessage[];
  outbox: Array<{ key: string; templateId: string; to: string; state: string; sentAt: string | null }>;
}

async function show(id: string, json: boolean): Promise<string> {
  const result = await runCli(json ? ['show', id, '--json'] : ['show', id], world.env());
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

const REQUEST_BODY = 'Hello,\n\nPlease delete my account and everything you hold about me.\nMy member number is 55-1234.\n\nAlex';
const FOLLOW_UP_TEXT = 'DELETE\n\nAlso: my old address was 12 Elm Street, please remove that too.';

async function requestAndFollowUp(): Promise<void> {
  await world.deliver(requestMail({ subject: 'Please delete my data', body: REQUEST_BODY, messageId: 'del-1@example.net' }));
  await world.run('2026-03-02T17:00:00Z');
  const [ack] = (await world.newMail()) as [SentMail];
  await world.deliver(
    requestMail({ subject: `Re: ${ack.subject}`, body: quoteReply(FOLLOW_UP_TEXT, ack), messageId: 'del-2@example.net', inReplyTo: ack.messageId, references: [...ack.references, ack.messageId] }),
  );
  await world.run('2026-03-03T09:00:00Z');
}

describe('show: what everybody wrote, through the built CLI', SPAWNS, () => {
  it('returns the request and the follow-up, and the mail the bot sent', async () => {
    await requestAndFollowUp();
    const shown = JSON.parse(await show('PR-2026-0001', true)) as Shown;

    expect(shown.messageCount).toBe(2);
    expect(shown.messages.map((message) => [message.key, message.from, message.error])).toEqual([
      ['del-1@example.net', 'alex@example.net', null],
      ['del-2@example.net', 'alex@example.net', null],
    ]);
    expect(shown.messages[0]?.text).toBe(REQUEST_BODY);
    expect(shown.messages[0]?.receivedAt).toBe('2026-03-02T17:00:00.000Z');
    expect(shown.messages[1]?.subject).toBe('Re: Re: Please delete my data [PR-2026-0001]');
    expect(shown.messages[1]?.newText).toBe(FOLLOW_UP_TEXT);
    expect(shown.messages[1]?.text).toContain('> ');
    expect(shown.outbox.map((item) => [item.templateId, item.state])).toEqual([
      ['acknowledgement', 'sent'],
      ['team-escalation', 'sent'],
    ]);
    expect(shown.outbox[0]?.to).toBe('alex@example.net');

    const printed = await show('pr-2026-0001', false);
    expect(printed).toContain('received:  2026-03-02 09:00 America/Los_Angeles');
    expect(printed).toMatch(/^ {2}#1 {2}2026-03-02 09:00 America\/Los_Angeles {2}from alex@example\.net {2}subject "Please delete my data"$/m);
    expect(printed).toMatch(/^ {2}#2 {2}2026-03-03 01:00 America\/Los_Angeles {2}from alex@example\.net {2}subject "Re: Re: Please delete my data \[PR-2026-0001\]"$/m);
    expect(printed).toContain('      Please delete my account and everything you hold about me.\n      My member number is 55-1234.');
    expect(printed).toContain('      Also: my old address was 12 Elm Street, please remove that too.');
    expect(printed).toMatch(/^ {2}2026-03-02 09:00 America\/Los_Angeles {2}sent +acknowledgement {2}to alex@example\.net/m);
    expect(printed.indexOf('#1')).toBeGreaterThan(printed.indexOf('events:'));
    expect(printed.indexOf('outgoing mail (2):')).toBeGreaterThan(printed.indexOf('#2'));
  });

  it('still shows the case when a raw message has been removed', async () => {
    await requestAndFollowUp();
    const db = (await readStoreSnapshot(world.dataDir)) as { messages: Record<string, { blob: string }> };
    await rm(path.join(world.dataDir, db.messages['del-1@example.net']?.blob ?? 'none'));

    const result = await runCli(['show', 'PR-2026-0001', '--json'], world.env());
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.stdout) as Shown;
    expect(shown.messages.map((message) => [message.error, message.text === null])).toEqual([
      ['missing', true],
      [null, false],
    ]);
    // The warning names the file, never the mail.
    expect(result.stderr).toContain('raw message missing');
    expect(result.stderr).not.toContain('55-1234');
    expect(result.stderr).not.toContain('alex@example.net');
  });
});

describe('list: dates on the local calendar of TIMEZONE', SPAWNS, () => {
  it('shows a request that arrived at 19:00 in Los Angeles (03:00 UTC next day) as received on the local day', async () => {
    await world.deliver(requestMail({ subject: 'Opt out', body: 'Please do not sell or share my personal information.', messageId: 'late@example.net', date: 'Mon, 02 Mar 2026 19:00:00 -0800' }));
    await world.run('2026-03-03T03:00:00Z');

    const listed = await runCli(['list', '--json'], world.env());
    expect(listed.code).toBe(0);
    const [summary] = JSON.parse(listed.stdout) as Array<{ receivedAt: string; receivedOn: string; dueAt: string; dueOn: string }>;
    expect(summary?.receivedAt).toBe('2026-03-03T03:00:00.000Z');
    expect(summary?.receivedOn).toBe('2026-03-02');
    expect(summary?.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const table = (await runCli(['list'], world.env())).stdout.split('\n');
    const header = table[0] ?? '';
    const row = table[1] ?? '';
    const received = header.indexOf('RECEIVED');
    const due = header.indexOf('DUE');
    expect(row.slice(received, received + 10)).toBe('2026-03-02');
    expect(row.slice(due, due + 10)).toBe(summary?.dueOn);

    expect(await show('PR-2026-0001', false)).toContain('received:  2026-03-02 19:00 America/Los_Angeles');
  });
});

import { readStoreSnapshot } from '../../src/io/store.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { imapCliEnv, mailstack, openImap, PRIVACY, TEAM, uniqueBotFolders, uniqueName, type BotFolders } from '../support/mailstack.js';
import { assemble, gmailResults, gmailSigned, gmailTop, m365Bottom, m365Results, m365Top, outlookSigned, postfixSigned, postfixTop, rfc5322Date, type Letter } from '../support/provider-mail.js';

/**
 * Team commands through the real pipeline: requests and team replies are APPENDed to a folder of
 * privacy@ on the loopback Dovecot with the headers each provider's receiving server writes, and the
 * built CLI reads them over IMAP. Forged and replayed commands change nothing; genuine ones apply.
 */
let privacy: ImapFlow;
let inbox: string;
let dataDir: string;
let folders: BotFolders;

beforeAll(async () => {
  privacy = await openImap(PRIVACY);
});

afterAll(async () => {
  await privacy.logout().catch(() => undefined);
});

beforeEach(async () => {
  inbox = uniqueName('AuthIn');
  await privacy.mailboxCreate(inbox);
  folders = uniqueBotFolders('Auth');
  dataDir = await mkdtemp(path.join(tmpdir(), 'pi-team-auth-'));
});

afterEach(async () => {
  for (const folder of [inbox, ...Object.values(folders)]) await privacy.mailboxDelete(folder).catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

function env(extra: Record<string, string>): Record<string, string> {
  const stack = mailstack();
  return {
    ...imapCliEnv(dataDir, folders, { BOT_SECRET: 'auth-e2e-secret-auth-e2e-secret', ...extra }),
    MAILBOX_URL: `imap://${encodeURIComponent(PRIVACY)}:${stack.password}@${stack.host}:${stack.imapPort}/${inbox}`,
    SMTP_URL: `file:${path.join(dataDir, 'outbox')}`,
  };
}

interface Db {
  cases: Record<string, { state: string; events: Array<{ type: string; data?: { reason?: string } }> }>;
  outbox: Record<string, { templateId: string; messageId: string }>;
  messages: Record<string, { status: string; reason: string | null }>;
  teamCommands?: Record<string, unknown>;
}

async function db(): Promise<Db> {
  return (await readStoreSnapshot(dataDir)) as Db;
}

async function deliver(raw: string): Promise<void> {
  await privacy.append(inbox, Buffer.from(raw));
}

async function runOnce(settings: Record<string, string>, now: string): Promise<void> {
  const result = await runCli(['run-once'], { ...env(settings), PRIVACY_INBOX_NOW: now });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

/** An opt-out request taken in at 17:00; returns the escalation's Message-ID. */
async function optOutEscalation(settings: Record<string, string>): Promise<string> {
  await deliver(assemble([], { from: 'Casey Consumer <consumer@example.test>', subject: 'Do not sell my data', body: 'Do not sell or share my personal information.', messageId: `req-${inbox}@example.test`, inReplyTo: 'none@example.test', at: '2026-03-02T16:00:00.000Z' }));
  await runOnce(settings, '2026-03-02T17:00:00Z');
  const escalation = Object.values((await db()).outbox).find((item) => item.templateId === 'team-escalation');
  expect(escalation).toBeDefined();
  return escalation?.messageId as string;
}

const WRITTEN = '2026-03-02T17:10:00.000Z';

function done(botId: string, messageId: string, overrides: Partial<Letter> = {}): Letter {
  return { from: `Sam Team <${TEAM}>`, subject: 'Re: [PR-2026-0001] CC opt-out', body: 'done', messageId, inReplyTo: botId, at: WRITTEN, ...overrides };
}

describe('team commands over IMAP, as real providers deliver them', () => {
  it('Google Workspace: a genuine `done` applies; the same mail re-sent under a new Message-ID is refused and the team warned', async () => {
    const settings = { TRUSTED_AUTHSERV_ID: 'mx.google.com' };
    const botId = await optOutEscalation(settings);
    const letter = done(botId, `sam-gw-${inbox}@mail.gmail.com`, { signed: gmailSigned({ domain: 'example.test', seed: inbox, at: WRITTEN }) });
    const genuine = assemble(gmailTop(WRITTEN, gmailResults({ domain: 'example.test', mailfrom: TEAM, seed: inbox })), letter);
    // Both wait in the mailbox: one pass takes them in order, the second after the first was remembered.
    await deliver(genuine);
    await deliver(genuine.replace(`<sam-gw-${inbox}@mail.gmail.com>`, `<replay-${inbox}@attacker.test>`));
    await runOnce(settings, '2026-03-02T17:20:00Z');
    const after = await db();
    expect(after.cases['PR-2026-0001']?.state).toBe('done');
    expect(after.messages[`replay-${inbox}@attacker.test`]).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/already received on 2026-03-02/) });
    expect(after.cases['PR-2026-0001']?.events.filter((event) => event.type === 'team_command_rejected').map((event) => event.data?.reason)).toEqual([expect.stringMatching(/already received/)]);
    expect(Object.values(after.outbox).map((item) => item.templateId).filter((id) => id === 'completion')).toHaveLength(1);
    expect(Object.values(after.outbox).some((item) => item.templateId === 'team-warning')).toBe(true);
  });

  it('Microsoft 365: a forgery from outside the organization is refused, then a `done` from inside applies', async () => {
    const settings = { AUTH_RESULTS_MODE: 'microsoft365' };
    const botId = await optOutEscalation(settings);
    const failing = m365Results({ spf: 'fail', mailfrom: 'attacker.test', dkim: 'none', d: 'none', dmarc: 'fail', from: 'example.test', compauth: 'fail', reason: '000' });
    const forgedBelow = m365Results({ mailfrom: 'example.test', d: 'example.test', from: 'example.test' });
    await deliver(assemble(m365Top(WRITTEN, failing), done(botId, `forged-${inbox}@attacker.test`, { extra: [forgedBelow, 'X-MS-Exchange-Organization-AuthAs: Internal'] }), m365Bottom('Anonymous')));
    const internal = 'Authentication-Results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=example.test;';
    await deliver(assemble(m365Top(WRITTEN, internal), done(botId, `sam-m365-${inbox}@SA1PR12MB6870.namprd12.prod.outlook.com`, { signed: outlookSigned(null) }), m365Bottom('Internal')));
    await runOnce(settings, '2026-03-02T17:20:00Z');
    const after = await db();
    expect(after.messages[`forged-${inbox}@attacker.test`]).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/single X-MS-Exchange-Organization-AuthAs/) });
    expect(after.cases['PR-2026-0001']?.events.filter((event) => event.type === 'team_command_rejected')).toHaveLength(1);
    expect(after.cases['PR-2026-0001']?.state).toBe('done');
  });

  it('Postfix with OpenDKIM and OpenDMARC (three headers): a forged pass under the real fail is refused, then the genuine reply applies', async () => {
    const settings = { TRUSTED_AUTHSERV_ID: 'mx.example.test', TRUSTED_AUTHSERV_HEADERS: '3' };
    const botId = await optOutEscalation(settings);
    const real = postfixTop('mx.example.test', { domain: 'example.test', seed: 'unsigned', at: WRITTEN, dkim: 'none', spf: 'fail', dmarc: 'fail', mailfrom: 'attacker.test' });
    await deliver(assemble(real, done(botId, `forged-${inbox}@attacker.test`, { extra: ['Authentication-Results: mx.example.test; dkim=pass header.d=example.test; dmarc=pass header.from=example.test'] })));
    const seed = `genuine-${inbox}`;
    await deliver(assemble(postfixTop('mx.example.test', { domain: 'example.test', seed, at: WRITTEN }), done(botId, `sam-pf-${inbox}@example.test`, { signed: postfixSigned({ domain: 'example.test', seed, at: WRITTEN }), date: rfc5322Date(WRITTEN, 60) })));
    await runOnce(settings, '2026-03-02T17:20:00Z');
    const after = await db();
    expect(after.messages[`forged-${inbox}@attacker.test`]).toMatchObject({ status: 'ignored', reason: expect.stringMatching(/DMARC fail/) });
    expect(after.cases['PR-2026-0001']?.events.filter((event) => event.type === 'team_command_rejected')).toHaveLength(1);
    expect(after.cases['PR-2026-0001']?.state).toBe('done');
    expect(Object.keys(after.teamCommands ?? {})).toHaveLength(1);
  });
});

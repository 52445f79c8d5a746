import { beforeEach, describe, expect, it } from 'vitest';
import { NOT_A_REQUEST, type IntakeContext } from '../../src/core/intake.js';
import { parseMail } from '../../src/io/mime.js';
import type { InboundMail } from '../../src/types.js';
import { assemble, dkimSignature, gmailResults, gmailSigned, gmailTop, m365Bottom, m365Results, m365Top, outlookSigned, postfixSigned, postfixTop, rfc5322Date, type Letter } from '../support/provider-mail.js';
import { Harness, TEAM, verdict } from './lifecycle-harness.js';

/**
 * Issue 10: forged and replayed team commands. Every forgery is a `done` on an opt-out case that,
 * if accepted, would close the case and tell the requester; each must leave the case untouched,
 * record the refusal with its reason, and send nothing but the team warning.
 */

let h: Harness;
beforeEach(async () => {
  h = await Harness.create();
});

const WRITTEN = '2026-03-02T16:50:00.000Z';
const MX = 'mx.example.test';
type Settings = Partial<IntakeContext>;
/** Postfix with OpenDKIM + OpenDMARC: three headers on top of every message. */
const POSTFIX3: Settings = { trustedAuthservId: MX, trustedAuthservHeaders: 3 };
const POSTFIX1: Settings = { trustedAuthservId: MX, trustedAuthservHeaders: 1 };
const GOOGLE: Settings = { trustedAuthservId: 'mx.google.com' };
const M365: Settings = { trustedAuthservId: null, authResultsMode: 'microsoft365' };

async function parse(raw: string): Promise<InboundMail> {
  return parseMail(Buffer.from(raw), { maxBytes: 1_000_000 });
}

/** An opt-out case waiting for the team; returns the escalation's Message-ID. */
async function optOutCase(): Promise<string> {
  h.receive(await parse(assemble([], { from: 'Alex Doe <alex@example.net>', subject: 'Do not sell my data', body: 'Do not sell or share my personal information.', messageId: 'req-1@example.net', inReplyTo: 'none@example.net', at: '2026-03-02T09:00:00.000Z' })), verdict(['opt_out']));
  const escalation = h.takeNew().find((item) => item.templateId === 'team-escalation');
  expect(escalation).toBeDefined();
  return escalation?.messageId as string;
}

let counter = 0;
/** Sam's `done` in reply to the escalation, as Sam's client wrote it. */
function samsDone(botId: string, overrides: Partial<Letter> = {}): Letter {
  return { from: `Sam Team <${TEAM}>`, subject: 'Re: [PR-2026-0001] AD opt-out', body: 'done', messageId: `sam-${++counter}@example.test`, inReplyTo: botId, at: WRITTEN, ...overrides };
}

/** A message as Postfix + OpenDKIM + OpenDMARC deliver it, with `top` replacing the three trusted headers when given. */
function viaPostfix(botId: string, options: { top?: string[]; letter?: Partial<Letter>; seed?: string } = {}): string {
  const seed = options.seed ?? `sig-${counter + 1}`;
  const letter = samsDone(botId, { signed: postfixSigned({ domain: 'example.test', seed, at: WRITTEN }), ...options.letter });
  const received = `Received: from mail.example.test (mail.example.test [203.0.113.25])\r\n\tby ${MX} (Postfix) with ESMTPS id 4ZBcDf1xyzz3wX; ${rfc5322Date(WRITTEN, 60)}`;
  return assemble(options.top ? [...options.top, received] : postfixTop(MX, { domain: 'example.test', seed, at: WRITTEN }), letter);
}

function ar(value: string): string {
  return `Authentication-Results: ${value}`;
}

/** Refused as a command with `reason`, or (when From is not a team address at all) read as ordinary mail from someone else. */
async function expectRefused(raw: string, settings: Settings, reason: RegExp): Promise<void> {
  const plan = h.receive(await parse(raw), verdict(['other']), settings);
  expect(plan.outcome).toBe('ignored');
  expect(plan.reason).toMatch(reason);
  expect(h.case().state).toBe('awaiting_team');
  if (plan.reason !== NOT_A_REQUEST) expect(h.case().events.filter((event) => event.type === 'team_command_rejected').at(-1)?.data?.reason).toMatch(reason);
  expect(h.takeNew().map((item) => item.templateId).filter((id) => id !== 'team-warning' && id !== 'team-notice')).toEqual([]);
}

async function expectAccepted(raw: string, settings: Settings): Promise<void> {
  const plan = h.receive(await parse(raw), verdict(['other']), settings);
  expect(plan.reason).toBeNull();
  expect(plan.outcome).toBe('team_command');
  expect(h.case().state).toBe('done');
  expect(h.takeNew().map((item) => item.templateId)).toEqual(['completion', 'team-command-result']);
  expect(Object.keys(h.db.teamCommands ?? {})).toHaveLength(1);
}

describe('the four forgeries accepted before issue 10', () => {
  it('1: a trusted-looking Authentication-Results below the real one (the receiving server did not strip it)', async () => {
    const botId = await optOutCase();
    const raw = viaPostfix(botId, {
      top: [ar(`${MX}; dkim=none (no signature); spf=softfail smtp.mailfrom=attacker.test`)],
      letter: { signed: [], extra: [ar(`${MX}; dkim=pass header.d=example.test header.s=mail; spf=pass smtp.mailfrom=example.test`)] },
    });
    await expectRefused(raw, POSTFIX1, /no DKIM or SPF pass aligned/);
  });

  it('2: an aligned-looking DKIM pass for header.d=test, a public suffix', async () => {
    const botId = await optOutCase();
    const raw = viaPostfix(botId, { top: [ar(`${MX}; dkim=pass (1024-bit key) header.d=test header.s=s1 header.b=Qx7aB2cD; spf=fail smtp.mailfrom=attacker.test`)], letter: { signed: [dkimSignature({ d: 'test', s: 's1', seed: 'suffix', t: WRITTEN })] } });
    await expectRefused(raw, POSTFIX1, /no DKIM or SPF pass aligned/);
  });

  it('3: spf=pass for the HELO identity only (no smtp.mailfrom)', async () => {
    const botId = await optOutCase();
    const raw = viaPostfix(botId, { top: [ar(`${MX}; spf=pass smtp.helo=example.test; dkim=none`)], letter: { signed: [] } });
    await expectRefused(raw, POSTFIX1, /no DKIM or SPF pass aligned/);
  });

  it('4: a genuinely authenticated command re-sent under a new Message-ID, its trusted results still attached', async () => {
    // A health-records request: the team's early `done` is refused (identity not verified yet), then `verified` is accepted.
    h.receive(await parse(assemble([], { from: 'Alex Doe <alex@example.net>', subject: 'My records', body: 'Please send me a copy of my therapy records.', messageId: 'req-1@example.net', inReplyTo: 'none@example.net', at: '2026-03-02T09:00:00.000Z' })), verdict(['disclosure']));
    const [verification] = h.takeNew();
    h.receive(await parse(assemble([], { from: 'Alex Doe <alex@example.net>', subject: 'Re: My records', body: `${h.code()}\nAlex Doe, 555-0100`, messageId: 'req-2@example.net', inReplyTo: verification?.messageId as string, at: '2026-03-02T10:00:00.000Z' })), verdict(['other']));
    const escalation = h.takeNew().find((item) => item.templateId === 'team-escalation');
    const early = viaPostfix(escalation?.messageId as string, { seed: 'early-done', letter: { messageId: 'sam-early@example.test' } });
    const plan = h.receive(await parse(early), verdict(['other']), POSTFIX3);
    expect(plan).toMatchObject({ outcome: 'team_command', reason: 'team commands not applied: 1 error(s)' });
    h.receive(await parse(viaPostfix(escalation?.messageId as string, { seed: 'verified', letter: { body: 'verified', messageId: 'sam-verified@example.test' } })), verdict(['other']), POSTFIX3);
    expect(h.case().state).toBe('verified');
    h.takeNew();

    h.now = '2026-03-03T09:00:00.000Z';
    const replay = early.replace('<sam-early@example.test>', '<sam-early-again@attacker.test>');
    const refused = h.receive(await parse(replay), verdict(['other']), POSTFIX3);
    expect(refused.outcome).toBe('ignored');
    expect(refused.reason).toMatch(/already received on 2026-03-02/);
    expect(h.case().state).toBe('verified');
    expect(h.takeNew().map((item) => item.templateId)).toEqual(['team-warning']);
    expect(h.case().events.at(-1)).toMatchObject({ type: 'team_command_rejected', data: { reason: expect.stringMatching(/already received/) } });
  });
});

interface Forgery {
  name: string;
  settings: Settings;
  reason: RegExp;
  raw: (botId: string) => string;
  team?: string[];
}

const NO_PASS = /no DKIM or SPF pass aligned/;
const forgeries: Forgery[] = [
  { name: 'header.d=test. (a public suffix with a trailing dot)', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=test. header.s=s1`)] }) },
  { name: 'header.i=@test (a public suffix through i=)', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.i=@test header.s=s1`)] }) },
  { name: 'header.i of our domain on a signature by another domain', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=attacker.test header.i=@example.test header.s=s1`)] }) },
  { name: 'a signer whose name only ends like ours', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=example.test.attacker.test header.s=s1`)] }) },
  { name: 'an envelope sender whose name only starts like ours', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; spf=pass smtp.mailfrom=bounce@example.test.attacker.test`)] }) },
  { name: 'spf=pass for the null sender smtp.mailfrom=<>', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; spf=pass smtp.mailfrom=<> smtp.helo=example.test`)] }) },
  { name: 'header.d written twice, the second one ours', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=attacker.test header.d=example.test`)] }) },
  { name: 'a pass inside reason="..."', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=fail reason="signature; dkim=pass header.d=example.test" header.d=example.test`)] }) },
  { name: 'a pass inside a comment', settings: POSTFIX1, reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=fail (bad signature; dkim=pass header.d=example.test (nested)) header.d=example.test`)] }) },
  { name: 'an unclosed comment that would swallow the real result', settings: POSTFIX1, reason: /cannot be read/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; spf=fail smtp.mailfrom=attacker.test (see; dkim=pass header.d=example.test`)] }) },
  { name: 'an unclosed quote in the trusted header', settings: POSTFIX1, reason: /cannot be read/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d="example.test`)] }) },
  { name: 'a lookalike authserv-id mx.example.test.evil', settings: POSTFIX1, reason: /not from mx\.example\.test/, raw: (id) => viaPostfix(id, { top: [ar('mx.example.test.evil; dkim=pass header.d=example.test')] }) },
  { name: 'a lookalike authserv-id mx.example.testing', settings: POSTFIX1, reason: /not from mx\.example\.test/, raw: (id) => viaPostfix(id, { top: [ar('mx.example.testing; dkim=pass header.d=example.test')] }) },
  { name: 'a lookalike authserv-id evil.mx.example.test', settings: POSTFIX1, reason: /not from mx\.example\.test/, raw: (id) => viaPostfix(id, { top: [ar('evil.mx.example.test; dkim=pass header.d=example.test')] }) },
  { name: 'a foreign header on top, ours under it (three trusted expected)', settings: POSTFIX3, reason: /not from mx\.example\.test/, raw: (id) => viaPostfix(id, { top: [ar('relay.example.net; none'), ...postfixTop(MX, { domain: 'example.test', seed: 'x', at: WRITTEN }).slice(0, 3)] }) },
  { name: 'ours failing, then a foreign one, then a forged one of ours', settings: POSTFIX3, reason: /DMARC fail/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dmarc=fail (p=reject dis=none) header.from=example.test`), ar('relay.example.net; none'), ar(`${MX}; dmarc=pass header.from=example.test`)] }) },
  { name: 'DMARC fail although a DKIM pass is listed', settings: POSTFIX3, reason: /DMARC fail/, raw: (id) => viaPostfix(id, { top: postfixTop(MX, { domain: 'example.test', seed: 'y', at: WRITTEN, dmarc: 'fail' }).slice(0, 3) }) },
  { name: 'DMARC pass for another From domain', settings: POSTFIX3, reason: /another From domain/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dmarc=pass header.from=attacker.test`), ar(`${MX}; dkim=pass header.d=example.test`)] }) },
  { name: 'two From headers, ours first', settings: POSTFIX1, reason: /not a privacy request|more than one From header/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=attacker.test; dmarc=pass header.from=attacker.test`)], letter: { extra: ['From: Mallory <mallory@attacker.test>'] } }) },
  { name: 'two From headers, ours last', settings: POSTFIX1, reason: /not a privacy request|more than one From header/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=attacker.test; dmarc=pass header.from=attacker.test`)], letter: { from: 'Mallory <mallory@attacker.test>', extra: [`From: Sam Team <${TEAM}>`] } }) },
  { name: 'two addresses in one From', settings: POSTFIX1, reason: /exactly one address/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=example.test`)], letter: { from: `Sam Team <${TEAM}>, Mallory <mallory@attacker.test>` } }) },
  { name: 'a group From listing the team address', settings: POSTFIX1, reason: /exactly one address|reads differently/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=example.test`)], letter: { from: `Team: ${TEAM}, mallory@attacker.test;` } }) },
  { name: 'a quoted display name that is the team address', settings: POSTFIX1, reason: /not a privacy request/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=attacker.test; dmarc=pass header.from=attacker.test`)], letter: { from: `"${TEAM}" <mallory@attacker.test>` } }) },
  { name: 'an unquoted display name that is the team address', settings: POSTFIX1, reason: /not a privacy request/, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=attacker.test; dmarc=pass header.from=attacker.test`)], letter: { from: `${TEAM} <mallory@attacker.test>` } }) },
  { name: 'a private-section public suffix (github.io) shared with the attacker', settings: POSTFIX1, team: ['dpo@clinic.github.io'], reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=mallory.github.io`)], letter: { from: 'DPO <dpo@clinic.github.io>' } }) },
  { name: 'header.d=co.uk for a .co.uk team', settings: POSTFIX1, team: ['dpo@clinic.co.uk'], reason: NO_PASS, raw: (id) => viaPostfix(id, { top: [ar(`${MX}; dkim=pass header.d=co.uk; spf=pass smtp.mailfrom=attacker.co.uk`)], letter: { from: 'DPO <dpo@clinic.co.uk>' } }) },
  { name: 'Microsoft 365: the real header fails, a forged passing one sits below', settings: M365, reason: /DMARC fail/, raw: (id) => assemble(m365Top(WRITTEN, m365Results({ spf: 'fail', mailfrom: 'attacker.test', dkim: 'none', d: 'none', dmarc: 'fail', from: 'example.test', compauth: 'fail', reason: '000' })), samsDone(id, { extra: [m365Results({ mailfrom: 'example.test', d: 'example.test', from: 'example.test' })] }), m365Bottom('Anonymous')) },
  { name: 'Microsoft 365: an AuthAs: Internal header the sender wrote, next to Exchange\'s own', settings: M365, reason: /single X-MS-Exchange-Organization-AuthAs/, raw: (id) => assemble(m365Top(WRITTEN, m365Results({ spf: 'softfail', mailfrom: 'attacker.test', dkim: 'none', d: 'none', dmarc: 'none', from: 'example.test', compauth: 'fail', reason: '001' })), samsDone(id, { extra: ['X-MS-Exchange-Organization-AuthAs: Internal'] }), m365Bottom('Anonymous')) },
  { name: 'Microsoft 365 mode on mail Exchange never stamped', settings: M365, reason: /single X-MS-Exchange-Organization-AuthAs/, raw: (id) => assemble([m365Results({ mailfrom: 'example.test', d: 'example.test', from: 'example.test' })], samsDone(id)) },
  { name: 'Microsoft 365: the topmost header is someone else\'s RFC 8601 one', settings: M365, reason: /not one Microsoft 365 wrote/, raw: (id) => assemble([ar('mx.example.test; dkim=pass header.d=example.test')], samsDone(id), m365Bottom('Anonymous')) },
  { name: 'Microsoft 365: compauth=fail next to a DKIM pass', settings: M365, reason: /compauth/, raw: (id) => assemble(m365Top(WRITTEN, m365Results({ mailfrom: 'attacker.test', spf: 'fail', d: 'example.test', dmarc: 'none', from: 'example.test', compauth: 'fail', reason: '001' })), samsDone(id, { signed: outlookSigned({ domain: 'example.test', seed: 'o' }) }), m365Bottom('Anonymous')) },
  { name: 'Google: a failing header, a passing ARC-Authentication-Results the sender wrote', settings: GOOGLE, reason: /DMARC fail/, raw: (id) => assemble(gmailTop(WRITTEN, gmailResults({ domain: 'example.test', mailfrom: 'x@attacker.test', seed: 'g', dkim: 'fail', spf: 'fail', dmarc: 'fail' })), samsDone(id, { extra: ['ARC-Authentication-Results: i=2; mx.google.com; dkim=pass header.i=@example.test; dmarc=pass header.from=example.test'] })) },
  { name: 'a fresh Date on top of an old signed one', settings: POSTFIX3, reason: /more than one Date header/, raw: (id) => viaPostfix(id, { letter: { extra: [`Date: ${rfc5322Date(WRITTEN)}`], date: rfc5322Date('2026-02-20T10:00:00.000Z') } }) },
  { name: 'a DKIM signature that covers neither Date nor t=', settings: POSTFIX3, reason: /covers neither the Date header nor a signing time/, raw: (id) => viaPostfix(id, { letter: { signed: [dkimSignature({ d: 'example.test', s: 'mail', seed: 'nodate', t: null, h: 'From:To:Subject:In-Reply-To' })] } }) },
  { name: 'a command written four days ago', settings: POSTFIX3, reason: /more than 3 day\(s\) ago/, raw: (id) => viaPostfix(id, { letter: { at: '2026-02-26T16:50:00.000Z', signed: postfixSigned({ domain: 'example.test', seed: 'old', at: '2026-02-26T16:50:00.000Z' }) } }) },
  { name: 'a command dated three days ahead', settings: POSTFIX3, reason: /in the future/, raw: (id) => viaPostfix(id, { letter: { date: rfc5322Date('2026-03-05T16:50:00.000Z') } }) },
  { name: 'a command with no Date header', settings: POSTFIX3, reason: /no Date header/, raw: (id) => viaPostfix(id, { letter: { date: null } }) },
];

describe('more forgeries, all refused', () => {
  it.each(forgeries.map((forgery) => [forgery.name, forgery] as const))('%s', async (_name, forgery) => {
    if (forgery.team) {
      h.receive(await parse(assemble([], { from: 'Alex Doe <alex@example.net>', subject: 'Do not sell my data', body: 'Do not sell or share my personal information.', messageId: 'req-1@example.net', inReplyTo: 'none@example.net', at: '2026-03-02T09:00:00.000Z' })), verdict(['opt_out']), { teamAddresses: forgery.team });
      const escalation = h.takeNew().find((item) => item.templateId === 'team-escalation');
      await expectRefused(forgery.raw(escalation?.messageId as string), { ...forgery.settings, teamAddresses: forgery.team }, forgery.reason);
      return;
    }
    await expectRefused(forgery.raw(await optOutCase()), forgery.settings, forgery.reason);
  });

  it('are at least 25 together with the four of the issue', () => {
    expect(forgeries.length + 4).toBeGreaterThanOrEqual(25);
  });
});

describe('genuine commands from real providers are accepted', () => {
  it('Google Workspace (mx.google.com, header.i, DMARC pass, ARC)', async () => {
    const botId = await optOutCase();
    const results = gmailResults({ domain: 'example.test', mailfrom: TEAM, seed: 'gw' });
    await expectAccepted(assemble(gmailTop(WRITTEN, results), samsDone(botId, { signed: gmailSigned({ domain: 'example.test', seed: 'gw', at: WRITTEN }) })), GOOGLE);
  });

  it('Google Workspace for a domain without a DMARC record (aligned DKIM pass)', async () => {
    const botId = await optOutCase();
    const results = gmailResults({ domain: 'example.test', mailfrom: TEAM, seed: 'gw2', dmarc: 'none' }).replace(/dmarc=none \(p=QUARANTINE sp=QUARANTINE dis=NONE\)/, 'dmarc=none');
    await expectAccepted(assemble(gmailTop(WRITTEN, results), samsDone(botId, { signed: gmailSigned({ domain: 'example.test', seed: 'gw2', at: WRITTEN }) })), GOOGLE);
  });

  it('Microsoft 365, from another tenant (no authserv-id, compauth pass, AuthAs: Anonymous)', async () => {
    const botId = await optOutCase();
    const results = m365Results({ mailfrom: 'example.test', d: 'example.test', from: 'example.test' });
    await expectAccepted(assemble(m365Top(WRITTEN, results), samsDone(botId, { signed: outlookSigned({ domain: 'example.test', seed: 'm365' }) }), m365Bottom('Anonymous')), M365);
  });

  it('Microsoft 365, inside the organization (AuthAs: Internal, not signed)', async () => {
    const botId = await optOutCase();
    const results = 'Authentication-Results: dkim=none (message not signed)\r\n header.d=none;dmarc=none action=none header.from=example.test;';
    await expectAccepted(assemble(m365Top(WRITTEN, results), samsDone(botId, { signed: outlookSigned(null) }), m365Bottom('Internal')), M365);
  });

  it('Microsoft 365, inside the organization with no Authentication-Results at all', async () => {
    const botId = await optOutCase();
    await expectAccepted(assemble(m365Top(WRITTEN, null), samsDone(botId, { signed: outlookSigned(null) }), m365Bottom('Internal')), M365);
  });

  it('Postfix with OpenDKIM, OpenDMARC and SPF milters (three headers on top)', async () => {
    const botId = await optOutCase();
    await expectAccepted(viaPostfix(botId), POSTFIX3);
  });

  it('Postfix with OpenDKIM alone (one header), header.d in capitals with a trailing dot', async () => {
    const botId = await optOutCase();
    await expectAccepted(viaPostfix(botId, { top: [ar(`${MX};\r\n\tdkim=pass (2048-bit key; unprotected) header.d=EXAMPLE.TEST. header.i=@Example.Test header.a=rsa-sha256 header.s=mail header.b=Gk3xP0aB`)] }), POSTFIX1);
  });

  it('Postfix with SPF only, for an unsigned message', async () => {
    const botId = await optOutCase();
    await expectAccepted(viaPostfix(botId, { top: [ar(`${MX} 1; spf=pass (sender SPF authorized) smtp.mailfrom=${TEAM}; dkim=none`)], letter: { signed: [] } }), POSTFIX1);
  });
});

describe('replays and age', () => {
  it('refuses a copy of an accepted unsigned command (body and bot Message-ID), but takes a new text in the same thread', async () => {
    const botId = await optOutCase();
    const top = [ar(`${MX}; spf=pass smtp.mailfrom=${TEAM}`)];
    const first = viaPostfix(botId, { top, letter: { signed: [], body: 'assign Kim', messageId: 'sam-a@example.test' } });
    expect(h.receive(await parse(first), verdict(['other']), POSTFIX1).outcome).toBe('team_command');
    const copy = first.replace('<sam-a@example.test>', '<sam-b@example.test>');
    expect(h.receive(await parse(copy), verdict(['other']), POSTFIX1).reason).toMatch(/already received/);
    const other = viaPostfix(botId, { top, letter: { signed: [], body: 'note called the requester', messageId: 'sam-c@example.test' } });
    expect(h.receive(await parse(other), verdict(['other']), POSTFIX1).outcome).toBe('team_command');
    expect(h.case().events.map((event) => event.type)).toEqual(expect.arrayContaining(['assigned', 'team_command_rejected', 'note']));
  });

  it('refuses a signed copy whose b= is folded differently', async () => {
    const botId = await optOutCase();
    const first = viaPostfix(botId, { seed: 'refold', letter: { body: 'assign Kim', messageId: 'sam-a@example.test' } });
    expect(h.receive(await parse(first), verdict(['other']), POSTFIX3).outcome).toBe('team_command');
    const copy = first.replace('<sam-a@example.test>', '<sam-b@example.test>').replace(/b=([A-Za-z0-9+/]{10})/, 'b=$1\r\n\t ');
    expect(h.receive(await parse(copy), verdict(['other']), POSTFIX3).reason).toMatch(/already received/);
  });

  it('forgets fingerprints once older than TEAM_COMMAND_MAX_AGE, when a copy that old is refused by its age anyway', async () => {
    const botId = await optOutCase();
    const first = viaPostfix(botId, { seed: 'aging', letter: { body: 'assign Kim' } });
    h.receive(await parse(first), verdict(['other']), POSTFIX3);
    expect(Object.values(h.db.teamCommands ?? {})).toEqual([{ writtenAt: WRITTEN, seenAt: h.now, caseId: 'PR-2026-0001', botMessageId: botId }]);
    h.now = '2026-03-06T17:00:00.000Z';
    expect(h.receive(await parse(first.replace(/<sam-\d+@example\.test>/, '<later@example.test>')), verdict(['other']), POSTFIX3).reason).toMatch(/more than 3 day\(s\) ago/);
    const fresh = '2026-03-06T16:50:00.000Z';
    h.receive(await parse(viaPostfix(botId, { seed: 'fresh', letter: { body: 'done', at: fresh, signed: postfixSigned({ domain: 'example.test', seed: 'fresh', at: fresh }) } })), verdict(['other']), POSTFIX3);
    expect(h.case().state).toBe('done');
    expect(Object.values(h.db.teamCommands ?? {}).map((seen) => seen.writtenAt)).toEqual([fresh]);
  });

  it('takes TEAM_COMMAND_MAX_AGE from the settings', async () => {
    const botId = await optOutCase();
    await expectRefused(viaPostfix(botId, { letter: { at: '2026-03-02T10:00:00.000Z', signed: postfixSigned({ domain: 'example.test', seed: 'hour', at: '2026-03-02T10:00:00.000Z' }) } }), { ...POSTFIX3, teamCommandMaxAgeMs: 3_600_000 }, /more than 1 hour\(s\) ago/);
  });
});

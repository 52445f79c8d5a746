import { describe, expect, it } from 'vitest';
import { parseCommands } from '../../src/core/commands.js';
import { paceFirstContact } from '../../src/core/cases/first-contact.js';
import { noticeTarget } from '../../src/core/cases/rescue.js';
import { judgeFromDomain as judgeWith, trustedServerOf } from '../../src/core/auth-results.js';
import type { DbData, InboundMail, OutboxItem } from '../../src/types.js';

const emptyDb = (): DbData => ({ version: 1, cases: {}, messages: {}, outbox: {}, cursors: {}, counters: {} });

function item(key: string, toHash: string, createdAt: string, extra: Partial<OutboxItem> = {}): OutboxItem {
  return { key, messageId: `<${key}>`, caseId: key.split(':')[0] ?? null, templateId: 'acknowledgement', to: [], toHash, vars: {}, inReplyTo: null, references: [], subject: '', state: 'pending', createdAt, sentAt: null, attempts: 0, lastError: null, ...extra };
}

describe('open with an entry number (held-mail summaries)', () => {
  it('reads "open 2 deletion", "open #3: opt-out disclosure" and plain "open deletion"', () => {
    expect(parseCommands('open 2 deletion').commands[0]?.command).toEqual({ name: 'open', labels: ['deletion'], entry: 2 });
    expect(parseCommands('Open #3: opt-out disclosure').commands[0]?.command).toEqual({ name: 'open', labels: ['opt_out', 'disclosure'], entry: 3 });
    expect(parseCommands('open deletion').commands[0]?.command).toEqual({ name: 'open', labels: ['deletion'] });
    expect(parseCommands('open 2').errors).toHaveLength(1);
  });

  it('picks the summary entry, and explains a missing or wrong number', () => {
    const summary = item('none:team-held-summary:2026-03-02', 'team', '2026-03-03T00:00:00Z', { vars: { messageKeys: ['a@x', 'b@x'] } });
    expect(noticeTarget(summary, 2)).toEqual({ ok: true, messageKey: 'b@x' });
    expect(noticeTarget(summary, undefined)).toMatchObject({ ok: false, error: expect.stringContaining('open 1 deletion') });
    expect(noticeTarget(summary, 3)).toMatchObject({ ok: false, error: expect.stringContaining('1 to 2') });
    const single = item('none:team-held-summary:2026-03-05', 'team', '2026-03-06T00:00:00Z', { vars: { messageKeys: ['only@x'] } });
    expect(noticeTarget(single, undefined)).toEqual({ ok: true, messageKey: 'only@x' });
  });
});

describe('first contact pacing (MAX_NEW_ADDRESSES_PER_DAY)', () => {
  const now = '2026-03-02T17:00:00Z';
  it('sends at once under the cap, moves the next new address to the next day with room, and never counts known addresses', () => {
    const db = emptyDb();
    db.outbox['c1:acknowledgement:1'] = item('c1:acknowledgement:1', 'h1', '2026-03-02T10:00:00Z', { firstContact: true, state: 'sent' });
    expect(paceFirstContact(db, [], 'h2', now, 'UTC', 2)).toEqual({ notBefore: null, firstContact: true, deferred: false });
    db.outbox['c2:acknowledgement:1'] = item('c2:acknowledgement:1', 'h2', '2026-03-02T11:00:00Z', { firstContact: true });
    expect(paceFirstContact(db, [], 'h3', now, 'UTC', 2)).toEqual({ notBefore: '2026-03-03T00:00:00.000Z', firstContact: true, deferred: true });
    // Tomorrow is full as well: the day after.
    const planned = [item('c3:acknowledgement:1', 'h3', now, { firstContact: true, notBefore: '2026-03-03T00:00:00.000Z' }), item('c4:acknowledgement:1', 'h4', now, { firstContact: true, notBefore: '2026-03-03T00:00:00.000Z' })];
    expect(paceFirstContact(db, planned, 'h5', now, 'UTC', 2).notBefore).toBe('2026-03-04T00:00:00.000Z');
    // A known address is not a first contact, and mail to an address still waiting waits with it.
    expect(paceFirstContact(db, planned, 'h1', now, 'UTC', 2)).toEqual({ notBefore: null, firstContact: false, deferred: false });
    expect(paceFirstContact(db, planned, 'h3', now, 'UTC', 2)).toEqual({ notBefore: '2026-03-03T00:00:00.000Z', firstContact: false, deferred: false });
    // Local days: in Los Angeles the next day starts at 08:00Z.
    expect(paceFirstContact(db, [], 'h9', '2026-03-02T20:00:00Z', 'America/Los_Angeles', 1).notBefore).toBe('2026-03-03T08:00:00.000Z');
  });
});

describe('judgeFromDomain (backscatter guard)', () => {
  const mail = (from: string, ...ar: string[]): InboundMail => ({ from: { address: from, name: '' }, headers: { from: [from], 'authentication-results': ar } }) as unknown as InboundMail;
  const mx = 'mx.example.test';
  const judgeFromDomain = (message: InboundMail, authservId: string | null) => judgeWith(message, trustedServerOf({ trustedAuthservId: authservId }));
  it('fails on dmarc=fail for the From domain, or spf=fail without any dkim pass; passes on dmarc=pass; says none otherwise', () => {
    expect(judgeFromDomain(mail('a@bank.example', `${mx}; dmarc=fail header.from=bank.example`), mx).verdict).toBe('fail');
    expect(judgeFromDomain(mail('a@bank.example', `${mx}; spf=fail smtp.mailfrom=bank.example; dkim=none`), mx).verdict).toBe('fail');
    expect(judgeFromDomain(mail('a@bank.example', `${mx}; spf=fail smtp.mailfrom=bank.example; dkim=pass header.d=bank.example`), mx).verdict).toBe('pass');
    expect(judgeFromDomain(mail('a@bank.example', `${mx}; dmarc=pass header.from=bank.example`), mx).verdict).toBe('pass');
    expect(judgeFromDomain(mail('a@bank.example', `${mx}; spf=softfail smtp.mailfrom=bank.example`), mx).verdict).toBe('none');
    // A forged "fail" below a foreign header, or without our server, proves nothing either way.
    expect(judgeFromDomain(mail('a@bank.example', 'relay.other; none', `${mx}; dmarc=fail header.from=bank.example`), mx).verdict).toBe('none');
    expect(judgeFromDomain(mail('a@bank.example', `${mx}; dmarc=fail header.from=bank.example`), null).verdict).toBe('none');
  });
});

import { describe, expect, it } from 'vitest';
import { planIntake, type IntakeContext } from '../../src/core/intake.js';
import { triageMail } from '../../src/core/triage/index.js';
import { isOpenable, LOOKS_AUTOMATED } from '../../src/core/cases/held-sender.js';
import { UNSURE_MACHINE_IN_CASE } from '../../src/core/cases/unsure-machine.js';
import { applyChanges, emptyDb } from '../../src/core/store-changes.js';
import { parseMail } from '../../src/io/mime.js';
import type { DbData, InboundMail, Label, MessageRecord, Verdict } from '../../src/types.js';
import { buildMail } from '../support/build-mail.js';

const NOW = '2026-03-02T17:00:00.000Z';

function context(overrides: Partial<IntakeContext> = {}): IntakeContext {
  return {
    now: NOW,
    timeZone: 'America/Los_Angeles',
    secret: 'test-secret-test-secret',
    domain: 'example.test',
    orgName: 'Calm Clinic',
    privacyAddress: 'privacy@example.test',
    maxRepliesPerSenderPerDay: 3,
    source: 'test',
    sourceId: 'x',
    arrivedAt: null,
    blob: null,
    fromHash: 'hash-alex',
    ...overrides,
  };
}

function verdict(labels: Label[], automated: Verdict['automated'] = null): Verdict {
  return { primary: labels[0] ?? 'other', labels, language: 'en', confidence: 0.9, automated, agent: false, evidence: [], classifiedBy: 'rules' };
}

async function mail(options: Parameters<typeof buildMail>[0]): Promise<InboundMail> {
  return parseMail(Buffer.from(buildMail(options)), { maxBytes: 1_000_000 });
}

function play(db: DbData, changes: Parameters<typeof applyChanges>[1]): DbData {
  applyChanges(db, changes);
  return db;
}

describe('planIntake', () => {
  it('opens a case with a human id, the receipt time and one queued acknowledgement (carrying the verification code)', async () => {
    const db = emptyDb();
    const plan = planIntake(await mail({ subject: 'Delete my data', body: 'Please delete my data', messageId: 'a@x' }), verdict(['deletion']), db, context());
    play(db, plan.changes);
    expect(plan.outcome).toBe('new_case');
    expect(plan.caseId).toBe('PR-2026-0001');
    const record = db.cases['PR-2026-0001'];
    // A deletion needs identity verification: the case waits for the requester's reply.
    expect(record).toMatchObject({ state: 'awaiting_verification', receivedAt: NOW, labels: ['deletion'], requester: { address: 'alex@example.net' } });
    expect(record?.dueAt).toBe('2026-04-15T17:00:00.000Z');
    const items = Object.values(db.outbox);
    expect(items.map((item) => item.key)).toEqual(['PR-2026-0001:acknowledgement:1']);
    expect(items[0]).toMatchObject({ key: 'PR-2026-0001:acknowledgement:1', state: 'pending', inReplyTo: 'a@x', subject: 'Re: Delete my data [PR-2026-0001]' });
    expect(record?.threadIds).toContain(items[0]?.messageId);
  });

  it('numbers cases per year in the company time zone', async () => {
    const db = emptyDb();
    db.counters['case:2026'] = 41;
    const plan = planIntake(await mail({ subject: 'Opt out', body: 'Do not sell my data', messageId: 'b@x' }), verdict(['opt_out']), db, context());
    expect(plan.caseId).toBe('PR-2026-0042');
    const newYearEve = planIntake(await mail({ subject: 'Opt out', body: 'x', messageId: 'c@x' }), verdict(['opt_out']), emptyDb(), context({ now: '2027-01-01T05:00:00.000Z' }));
    expect(newYearEve.caseId).toBe('PR-2026-0001');
  });

  it('starts the clock at the mailbox arrival time when that is earlier than processing', async () => {
    const db = emptyDb();
    planIntake(await mail({ subject: 'Access', body: 'copy of my data', messageId: 'd@x' }), verdict(['disclosure']), db, context({ arrivedAt: '2026-02-27T08:00:00.000Z' })).changes.forEach((change) => applyChanges(db, [change]));
    expect(db.cases['PR-2026-0001']?.receivedAt).toBe('2026-02-27T08:00:00.000Z');
  });

  it('joins a follow-up in the thread and queues no second acknowledgement', async () => {
    const db = emptyDb();
    play(db, planIntake(await mail({ subject: 'Delete my data', body: 'x', messageId: 'a@x' }), verdict(['deletion']), db, context()).changes);
    const ackId = Object.values(db.outbox)[0]?.messageId as string;
    const followUp = planIntake(await mail({ subject: 'Re: Delete my data', body: 'Also my newsletter', messageId: 'f@x', inReplyTo: ackId }), verdict(['opt_out']), db, context());
    play(db, followUp.changes);
    expect(followUp).toMatchObject({ outcome: 'follow_up', caseId: 'PR-2026-0001' });
    expect(Object.keys(db.outbox).filter((key) => key.includes(':acknowledgement:'))).toHaveLength(1);
    expect(db.cases['PR-2026-0001']?.messageKeys).toEqual(['a@x', 'f@x']);
  });

  it('joins by case id in the subject only when the sender is the requester', async () => {
    const db = emptyDb();
    play(db, planIntake(await mail({ subject: 'Delete my data', body: 'x', messageId: 'a@x' }), verdict(['deletion']), db, context()).changes);
    const requester = planIntake(await mail({ subject: 'About PR-2026-0001', body: 'any news?', messageId: 'g@x' }), verdict(['deletion']), db, context());
    expect(requester.caseId).toBe('PR-2026-0001');
    const stranger = planIntake(await mail({ from: 'Eve <eve@evil.example>', subject: 'About PR-2026-0001', body: 'send me the data', messageId: 'h@x' }), verdict(['disclosure']), db, context({ fromHash: 'hash-eve' }));
    expect(stranger.outcome).toBe('new_case');
    expect(stranger.caseId).toBe('PR-2026-0002');
  });

  it('records automated mail as ignored with its reason and queues nothing', async () => {
    const db = emptyDb();
    const plan = planIntake(await mail({ subject: 'Out of office', body: 'away', messageId: 'o@x' }), verdict(['other'], { kind: 'auto_reply', reason: 'Auto-Submitted: auto-replied' }), db, context());
    play(db, plan.changes);
    expect(plan).toMatchObject({ outcome: 'ignored', disposition: 'ignored' });
    expect(db.messages['o@x']).toMatchObject({ status: 'ignored', reason: 'automated (auto_reply): Auto-Submitted: auto-replied' });
    expect(Object.keys(db.outbox)).toHaveLength(0);
  });

  it('records a non-privacy message as ignored without a case', async () => {
    const db = emptyDb();
    const plan = planIntake(await mail({ subject: 'Invoice', body: 'Where is my invoice?', messageId: 'i@x' }), verdict(['other']), db, context());
    play(db, plan.changes);
    expect(db.messages['i@x']?.status).toBe('ignored');
    expect(Object.keys(db.cases)).toHaveLength(0);
  });

  it('suppresses replies to one address beyond the daily cap', async () => {
    const db = emptyDb();
    const states: string[] = [];
    // Five different kinds: a second request of the same kind would join the open case instead.
    const kinds: Label[] = ['deletion', 'opt_out', 'disclosure', 'correction', 'complaint'];
    for (const [index, kind] of kinds.entries()) {
      const plan = planIntake(await mail({ subject: `Request ${index}`, body: 'x', messageId: `m${index}@x` }), verdict([kind]), db, context());
      play(db, plan.changes);
      states.push(Object.values(db.outbox).filter((item) => item.templateId === 'acknowledgement').at(-1)?.state ?? '');
    }
    // Team escalations (opt-out, complaint) do not count toward the requester's cap.
    expect(states).toEqual(['pending', 'pending', 'pending', 'suppressed', 'suppressed']);
    expect(db.cases['PR-2026-0004']?.events.map((event) => event.type)).toContain('reply_suppressed');
  });
});

describe('machine wording around request words (learned model unsure)', () => {
  it('answers nothing, opens no case, and passes the mail to the team as openable', async () => {
    const unsure = verdict(['disclosure'], { kind: 'auto_reply', reason: 'automated wording around request words (learned model); passed to the team', unsure: true });
    const db = emptyDb();
    const plan = planIntake(await mail({ subject: 'Ticket DE-1 erstellt: Auskunft nach Art. 15', body: 'Wir haben ein Ticket angelegt.', messageId: 'unsure@x' }), unsure, db, context({ teamAddresses: ['team@example.test'] }));
    expect(plan.outcome).toBe('ignored');
    expect(plan.caseId).toBeNull();
    const after = play(db, plan.changes);
    expect(Object.keys(after.cases)).toEqual([]);
    const items = Object.values(after.outbox);
    expect(items.map((item) => item.templateId)).toEqual(['team-notice']);
    expect(items[0]?.to).toEqual([{ address: 'team@example.test', name: '' }]);
    expect(items[0]?.vars.looksAutomated).toBe(true);
    expect(after.messages['unsure@x']?.reason).toBe(LOOKS_AUTOMATED);
    expect(isOpenable(after.messages['unsure@x'] as MessageRecord)).toBe(true);
  });

  it('in a case thread it answers nothing and changes nothing, but the case\'s team hears of it: a person may have written it', async () => {
    const db = emptyDb();
    play(db, planIntake(await mail({ subject: 'Delete my data', body: 'Please delete my data', messageId: 'a@x' }), verdict(['deletion']), db, context({ teamAddresses: ['team@example.test'] })).changes);
    const ackId = Object.values(db.outbox)[0]?.messageId as string;
    const before = Object.keys(db.outbox);
    const unsure = verdict(['deletion'], { kind: 'auto_reply', reason: 'automated wording around request words (learned model); passed to the team', unsure: true });
    const reply = await mail({ subject: 'Re: Delete my data [PR-2026-0001]', body: 'Ticket received: delete my data', messageId: 'r@x', inReplyTo: ackId });
    const plan = planIntake(reply, unsure, db, context({ teamAddresses: ['team@example.test'] }));
    expect(plan).toMatchObject({ outcome: 'ignored', caseId: 'PR-2026-0001' });
    play(db, plan.changes);
    const added = Object.values(db.outbox).filter((item) => !before.includes(item.key));
    expect(added.map((item) => [item.templateId, item.to])).toEqual([['team-escalation', [{ address: 'team@example.test', name: '' }]]]);
    expect(added[0]?.vars.reasons).toEqual([UNSURE_MACHINE_IN_CASE]);
    const record = db.cases['PR-2026-0001'];
    expect(record?.state).toBe('awaiting_verification');
    expect(record?.messageKeys).toContain(reply.key);
    expect(record?.events.filter((event) => event.type === 'automated_mail_ignored').map((event) => event.data)).toEqual([{ kind: 'auto_reply', unsure: true }]);
  });

  it('a sure machine in a case thread is filed with the case and nobody is told', async () => {
    const db = emptyDb();
    play(db, planIntake(await mail({ subject: 'Delete my data', body: 'Please delete my data', messageId: 'a@x' }), verdict(['deletion']), db, context({ teamAddresses: ['team@example.test'] })).changes);
    const ackId = Object.values(db.outbox)[0]?.messageId as string;
    const before = Object.keys(db.outbox).length;
    const plan = planIntake(await mail({ subject: 'Out of office', body: 'I am away', messageId: 'o@x', inReplyTo: ackId }), verdict(['other'], { kind: 'auto_reply', reason: 'Auto-Submitted: auto-replied' }), db, context({ teamAddresses: ['team@example.test'] }));
    play(db, plan.changes);
    expect(Object.keys(db.outbox).length).toBe(before);
    expect(db.cases['PR-2026-0001']?.events.at(-1)).toMatchObject({ type: 'automated_mail_ignored', data: { kind: 'auto_reply' } });
  });

  it('a certain machine (headers or content rules) is ignored without a notice', async () => {
    const db = emptyDb();
    const plan = planIntake(await mail({ subject: 'Out of office', body: 'I am away', messageId: 'ooo@x' }), verdict(['other'], { kind: 'auto_reply', reason: 'Auto-Submitted: auto-replied' }), db, context({ teamAddresses: ['team@example.test'] }));
    expect(Object.values(play(db, plan.changes).outbox)).toEqual([]);
  });
});

describe('a voicemail transcript carrying a caller\'s request (read by the rules)', () => {
  it('mails no machine: no case, no reply to the phone system, one openable notice to the team', async () => {
    const body = 'You have a new voicemail from +1 555 0100.\n\nMailbox: Front desk\nDuration: 00:48\n\nTranscription:\n"Hi, this is Dana Price, please delete my account and everything you have on me, thanks."';
    const incoming = await mail({ from: 'voicemail@pbx.example.net', subject: 'Voicemail from +1 555 0100', body, messageId: 'vm@x' });
    const read = triageMail(incoming, { ownAddresses: ['privacy@example.test'] });
    expect(read.automated).toMatchObject({ reason: 'voicemail or fax notice', unsure: true });
    const db = emptyDb();
    const plan = planIntake(incoming, read, db, context({ teamAddresses: ['team@example.test'] }));
    expect(plan.outcome).toBe('ignored');
    const after = play(db, plan.changes);
    expect(Object.keys(after.cases)).toEqual([]);
    const items = Object.values(after.outbox);
    expect(items.map((item) => [item.templateId, item.to.map((to) => to.address)])).toEqual([['team-notice', ['team@example.test']]]);
    expect(items[0]?.vars.relayedWords).toBe('voicemail or fax notice');
    expect(isOpenable(after.messages['vm@x'] as MessageRecord)).toBe(true);
  });
});
